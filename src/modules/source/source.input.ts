import { InputType } from 'type-graphql';
import { allOf } from '../../graphql/filters.js';
import { filterProperties, propertyConditions } from '../../graphql/entity.js';
import { type FilterBudget, type Logical, logicalCondition, withLogic } from '../../graphql/logic.js';
import { orderByOf } from '../../graphql/ordering.js';
import type { Condition } from '../../store/index.js';

/** The `where` argument of Source lists. */
@InputType({ description: 'Filters sources; all given fields must match, and AND, OR and NOT combine filters of the same kind.' })
export class SourceWhere {}

export interface SourceWhere extends Logical<SourceWhere> {}
withLogic(SourceWhere, 'sources');
filterProperties(SourceWhere, 'Source');

const ordering = orderByOf('Source');

/** The `orderBy` argument of Source lists. */
export const SourceOrderBy = ordering.OrderBy;

/** Given a `SourceOrderBy` argument, returns the list order (name ascending by default). */
export const sourceOrder = ordering.toListOrder;

/** Given the `where` argument of a Source list, returns the store condition it stands for. */
export function sourceCondition(where: SourceWhere | null | undefined, path = 'where', budget?: FilterBudget): Condition | undefined {
  return logicalCondition(where, (filter, at) => allOf(propertyConditions('Source', filter, at)), path, budget);
}
