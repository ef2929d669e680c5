import { InputType } from 'type-graphql';
import { allOf } from '../../graphql/filters.js';
import { filterProperties, propertyConditions } from '../../graphql/entity.js';
import { type FilterBudget, type Logical, logicalCondition, withLogic } from '../../graphql/logic.js';
import { registerWhere, relationConditions } from '../../graphql/relation-filters.js';
import { orderByOf } from '../../graphql/ordering.js';
import type { Condition } from '../../store/index.js';

/** The `where` argument of Disagreement lists. */
@InputType({ description: 'Filters disagreements; all given fields must match, and AND, OR and NOT combine filters of the same kind.' })
export class DisagreementWhere {}

export interface DisagreementWhere extends Logical<DisagreementWhere> {}
withLogic(DisagreementWhere, 'disagreements');
filterProperties(DisagreementWhere, 'Disagreement');
registerWhere('Disagreement', DisagreementWhere, disagreementCondition, { one: 'disagreement', many: 'disagreements' });

const ordering = orderByOf('Disagreement');

/** The `orderBy` argument of Disagreement lists. */
export const DisagreementOrderBy = ordering.OrderBy;

/** Given a `DisagreementOrderBy` argument, returns the list order (name ascending by default). */
export const disagreementOrder = ordering.toListOrder;

/** Given the `where` argument of a Disagreement list, returns the store condition it stands for. */
export function disagreementCondition(where: DisagreementWhere | null | undefined, path = 'where', budget?: FilterBudget): Condition | undefined {
  return logicalCondition(where, (filter, at, shared) => allOf([...propertyConditions('Disagreement', filter, at), ...relationConditions('Disagreement', filter, at, shared)]), path, budget);
}
