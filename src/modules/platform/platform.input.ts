import { InputType } from 'type-graphql';
import { allOf } from '../../graphql/filters.js';
import { filterProperties, propertyConditions } from '../../graphql/entity.js';
import { type FilterBudget, type Logical, logicalCondition, withLogic } from '../../graphql/logic.js';
import { registerWhere, relationConditions } from '../../graphql/relation-filters.js';
import { orderByOf } from '../../graphql/ordering.js';
import type { Condition } from '../../store/index.js';

/** The `where` argument of Platform lists. */
@InputType({ description: 'Filters platforms; all given fields must match, and AND, OR and NOT combine filters of the same kind.' })
export class PlatformWhere {}

export interface PlatformWhere extends Logical<PlatformWhere> {}
withLogic(PlatformWhere, 'platforms');
filterProperties(PlatformWhere, 'Platform');
registerWhere('Platform', PlatformWhere, platformCondition, { one: 'platform', many: 'platforms' });

const ordering = orderByOf('Platform');

/** The `orderBy` argument of Platform lists. */
export const PlatformOrderBy = ordering.OrderBy;

/** Given a `PlatformOrderBy` argument, returns the list order (name ascending by default). */
export const platformOrder = ordering.toListOrder;

/** Given the `where` argument of a Platform list, returns the store condition it stands for. */
export function platformCondition(where: PlatformWhere | null | undefined, path = 'where', budget?: FilterBudget): Condition | undefined {
  return logicalCondition(where, (filter, at, shared) => allOf([...propertyConditions('Platform', filter, at), ...relationConditions('Platform', filter, at, shared)]), path, budget);
}
