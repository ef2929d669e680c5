import { Field, InputType } from 'type-graphql';
import { Modality } from '../../graphql/enums.js';
import {
  allOf,
  type EnumFilter,
  enumFilterOf,
  indicationCondition,
  IndicationMatch,
  nullCondition,
} from '../../graphql/filters.js';
import { filterProperties, propertyConditions } from '../../graphql/entity.js';
import { type FilterBudget, type Logical, logicalCondition, withLogic } from '../../graphql/logic.js';
import { registerWhere, relationConditions } from '../../graphql/relation-filters.js';
import { orderByOf } from '../../graphql/ordering.js';
import { DesignationMatch, designationMatchCondition } from '../designation/designation.input.js';
import { type Condition, RELATION_FIELDS } from '../../store/index.js';

const ModalityFilter = enumFilterOf(Modality, 'Modality');

/** The `where` argument of Compound lists. */
@InputType({ description: 'Filters compounds; all given fields must match, and AND, OR and NOT combine filters of the same kind.' })
export class CompoundWhere {
  @Field(() => ModalityFilter, { nullable: true, description: 'By modality: the compound’s modality or one of its modalities.' })
  modality?: EnumFilter<string>;

  @Field(() => DesignationMatch, { nullable: true, description: 'Has some designation matching this.' })
  designation?: DesignationMatch;

  @Field(() => IndicationMatch, { nullable: true, description: 'Evaluated by some trial studying this indication (subtypes included by default).' })
  indication?: IndicationMatch;
}

export interface CompoundWhere extends Logical<CompoundWhere> {}
withLogic(CompoundWhere, 'compounds');
filterProperties(CompoundWhere, 'Compound');
registerWhere('Compound', CompoundWhere, compoundCondition, { one: 'compound', many: 'compounds' });

const ordering = orderByOf('Compound');

/** The `orderBy` argument of Compound lists. */
export const CompoundOrderBy = ordering.OrderBy;

/** Given a `CompoundOrderBy` argument, returns the list order (name ascending by default). */
export const compoundOrder = ordering.toListOrder;

/** Given a modality filter, returns the condition that the compound's modality, or one of its modalities, matches. */
function modalityCondition(filter: EnumFilter<string> | undefined | null): Condition | undefined {
  if (!filter) return undefined;
  const either = (op: 'eq' | 'in', value: unknown): Condition => ({ or: [{ property: 'modality', op, value }, { property: 'modalities', op, value, list: true }] });
  return allOf([filter.eq ? either('eq', filter.eq) : undefined, filter.in ? either('in', filter.in) : undefined, nullCondition('modality', filter.isNull)]);
}

/** Given the `where` argument of a Compound list, returns the store condition it stands for. */
export function compoundCondition(where: CompoundWhere | null | undefined, path = 'where', budget?: FilterBudget): Condition | undefined {
  const fields = (filter: CompoundWhere, at: string, shared: FilterBudget): Condition | undefined =>
    allOf([
      ...propertyConditions('Compound', filter, at),
      modalityCondition(filter.modality),
      designationMatchCondition([{ type: 'HAS_DESIGNATION', direction: 'OUT', label: 'Designation' }], filter.designation),
      indicationCondition(
        [
          ...RELATION_FIELDS.Compound.trials.path,
          { type: 'STUDIES', direction: 'OUT', label: 'Indication' },
        ],
        filter.indication,
        `${at}.indication`,
      ),
      ...relationConditions('Compound', filter, at, shared),
    ]);
  return logicalCondition(where, fields, path, budget);
}
