import { Field, InputType } from 'type-graphql';
import { allOf, IdFilter, idCondition, IndicationMatch, indicationCondition } from '../../graphql/filters.js';
import { filterProperties, propertyConditions } from '../../graphql/entity.js';
import { type FilterBudget, type Logical, logicalCondition, withLogic } from '../../graphql/logic.js';
import { registerWhere, relationConditions } from '../../graphql/relation-filters.js';
import { orderByOf } from '../../graphql/ordering.js';
import type { Condition } from '../../store/index.js';

/** The `where` argument of Readout lists. */
@InputType({ description: 'Filters readouts; all given fields must match, and AND, OR and NOT combine filters of the same kind.' })
export class ReadoutWhere {
  @Field(() => IndicationMatch, { nullable: true, description: 'Measured in this indication or, by default, a subtype of it.' })
  indication?: IndicationMatch;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'True: only readouts whose value is above the upper end (or the value) of a comparator a source sets them against, in the same unit; false: only those that are not (readouts without a comparison included).',
  })
  aboveComparatorRange?: boolean;

  @Field(() => IdFilter, { nullable: true, description: 'Reported by a trial of this compound, for the trial as a whole or for one of its cohorts.' })
  compound?: IdFilter;
}

export interface ReadoutWhere extends Logical<ReadoutWhere> {}
withLogic(ReadoutWhere, 'readouts');
filterProperties(ReadoutWhere, 'Readout');
registerWhere('Readout', ReadoutWhere, readoutCondition, { one: 'readout', many: 'readouts' });

const ordering = orderByOf('Readout');

/** The `orderBy` argument of Readout lists. */
export const ReadoutOrderBy = ordering.OrderBy;

/** Given a `ReadoutOrderBy` argument, returns the list order (name ascending by default). */
export const readoutOrder = ordering.toListOrder;

function aboveComparator(wanted: boolean | undefined | null): Condition | undefined {
  if (wanted === undefined || wanted === null) return undefined;
  return {
    path: [{ type: 'COMPARED_WITH', direction: 'OUT', label: 'Readout' }],
    quantifier: wanted ? 'some' : 'none',
    compare: { property: 'value', op: 'gt', endProperties: ['high', 'value'], same: ['unit'] },
  };
}

/** Given an id filter on compounds, returns the condition that a trial of such a compound reported the readout, directly or through a cohort. */
function ofCompound(filter: IdFilter | undefined | null): Condition | undefined {
  const compound = idCondition(filter);
  if (!compound) return undefined;
  const evaluates = { type: 'EVALUATES', direction: 'OUT', label: 'Compound' } as const;
  return {
    or: [
      { path: [{ type: 'REPORTED', direction: 'IN', label: 'Trial' }, evaluates], quantifier: 'some', where: compound },
      { path: [{ type: 'REPORTED', direction: 'IN', label: 'Cohort' }, { type: 'HAS_COHORT', direction: 'IN', label: 'Trial' }, evaluates], quantifier: 'some', where: compound },
    ],
  };
}

/** Given the `where` argument of a Readout list, returns the store condition it stands for. */
export function readoutCondition(where: ReadoutWhere | null | undefined, path = 'where', budget?: FilterBudget): Condition | undefined {
  return logicalCondition(
    where,
    (filter, at, shared) =>
      allOf([
        ...propertyConditions('Readout', filter, at),
        indicationCondition([{ type: 'MEASURED_IN', direction: 'OUT', label: 'Indication' }], filter.indication, `${at}.indication`),
        aboveComparator(filter.aboveComparatorRange),
        ofCompound(filter.compound),
        ...relationConditions('Readout', filter, at, shared),
      ]),
    path,
    budget,
  );
}
