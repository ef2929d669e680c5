import { InputType } from 'type-graphql';
import { allOf } from '../../graphql/filters.js';
import { filterProperties, propertyConditions } from '../../graphql/entity.js';
import { type FilterBudget, type Logical, logicalCondition, withLogic } from '../../graphql/logic.js';
import { registerWhere, relationConditions } from '../../graphql/relation-filters.js';
import { orderByOf } from '../../graphql/ordering.js';
import type { Condition } from '../../store/index.js';

/** The `where` argument of ReadoutSeries lists. */
@InputType({ description: 'Filters readout series; all given fields must match, and AND, OR and NOT combine filters of the same kind.' })
export class ReadoutSeriesWhere {}

export interface ReadoutSeriesWhere extends Logical<ReadoutSeriesWhere> {}
withLogic(ReadoutSeriesWhere, 'readoutSeries');
filterProperties(ReadoutSeriesWhere, 'ReadoutSeries');
registerWhere('ReadoutSeries', ReadoutSeriesWhere, readoutSeriesCondition, { one: 'series', many: 'readoutSeries' });

const ordering = orderByOf('ReadoutSeries');

/** The `orderBy` argument of ReadoutSeries lists. */
export const ReadoutSeriesOrderBy = ordering.OrderBy;

/** Given a `ReadoutSeriesOrderBy` argument, returns the list order (name ascending by default). */
export const readoutSeriesOrder = ordering.toListOrder;

/** Given the `where` argument of a ReadoutSeries list, returns the store condition it stands for. */
export function readoutSeriesCondition(where: ReadoutSeriesWhere | null | undefined, path = 'where', budget?: FilterBudget): Condition | undefined {
  return logicalCondition(where, (filter, at, shared) => allOf([...propertyConditions('ReadoutSeries', filter, at), ...relationConditions('ReadoutSeries', filter, at, shared)]), path, budget);
}
