import { InputType } from 'type-graphql';
import { allOf } from '../../graphql/filters.js';
import { filterProperties, propertyConditions } from '../../graphql/entity.js';
import { type FilterBudget, type Logical, logicalCondition, withLogic } from '../../graphql/logic.js';
import { registerWhere, relationConditions } from '../../graphql/relation-filters.js';
import { orderByOf } from '../../graphql/ordering.js';
import type { Condition } from '../../store/index.js';

/** The `where` argument of Name lists. */
@InputType({ description: 'Filters names; all given fields must match, and AND, OR and NOT combine filters of the same kind.' })
export class NameWhere {}

export interface NameWhere extends Logical<NameWhere> {}
withLogic(NameWhere, 'names');
filterProperties(NameWhere, 'Name');
registerWhere('Name', NameWhere, nameCondition, { one: 'name', many: 'names' });

const ordering = orderByOf('Name');

/** The `orderBy` argument of Name lists. */
export const NameOrderBy = ordering.OrderBy;

/** Given a `NameOrderBy` argument, returns the list order (name ascending by default). */
export const nameOrder = ordering.toListOrder;

/** Given the `where` argument of a Name list, returns the store condition it stands for. */
export function nameCondition(where: NameWhere | null | undefined, path = 'where', budget?: FilterBudget): Condition | undefined {
  return logicalCondition(where, (filter, at, shared) => allOf([...propertyConditions('Name', filter, at), ...relationConditions('Name', filter, at, shared)]), path, budget);
}
