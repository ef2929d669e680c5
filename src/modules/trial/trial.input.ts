import { Field, InputType } from 'type-graphql';
import {
  allOf,
  idCondition,
  IdFilter,
  indicationCondition,
  IndicationMatch,
} from '../../graphql/filters.js';
import { filterProperties, propertyConditions } from '../../graphql/entity.js';
import { type FilterBudget, type Logical, logicalCondition, withLogic } from '../../graphql/logic.js';
import { registerWhere, relationConditions } from '../../graphql/relation-filters.js';
import { orderByOf } from '../../graphql/ordering.js';
import { type Condition, RELATION_FIELDS } from '../../store/index.js';

/** The `where` argument of Trial lists. */
@InputType({ description: 'Filters trials; all given fields must match, and AND, OR and NOT combine filters of the same kind.' })
export class TrialWhere {
  @Field(() => IdFilter, { nullable: true, description: 'Evaluates a compound with this id.' })
  compound?: IdFilter;

  @Field(() => IndicationMatch, { nullable: true, description: 'Studies this indication or, by default, a subtype of it.' })
  indication?: IndicationMatch;
}

export interface TrialWhere extends Logical<TrialWhere> {}
withLogic(TrialWhere, 'trials');
filterProperties(TrialWhere, 'Trial');
registerWhere('Trial', TrialWhere, trialCondition, { one: 'trial', many: 'trials' });

const ordering = orderByOf('Trial');

/** The `orderBy` argument of Trial lists. */
export const TrialOrderBy = ordering.OrderBy;

/** Given a `TrialOrderBy` argument, returns the list order (name ascending by default). */
export const trialOrder = ordering.toListOrder;

/** Given the `where` argument of a Trial list, returns the store condition it stands for. */
export function trialCondition(where: TrialWhere | null | undefined, path = 'where', budget?: FilterBudget): Condition | undefined {
  const fields = (filter: TrialWhere, at: string, shared: FilterBudget): Condition | undefined => {
    const compound = idCondition(filter.compound);
    return allOf([
      ...propertyConditions('Trial', filter, at),
      compound && { path: [...RELATION_FIELDS.Trial.compounds.path], quantifier: 'some', where: compound },
      indicationCondition([{ type: 'STUDIES', direction: 'OUT', label: 'Indication' }], filter.indication, `${at}.indication`),
      ...relationConditions('Trial', filter, at, shared),
    ]);
  };
  return logicalCondition(where, fields, path, budget);
}
