import { InputType } from 'type-graphql';
import { allOf } from '../../graphql/filters.js';
import { filterProperties, propertyConditions } from '../../graphql/entity.js';
import { type FilterBudget, type Logical, logicalCondition, withLogic } from '../../graphql/logic.js';
import { registerWhere, relationConditions } from '../../graphql/relation-filters.js';
import { orderByOf } from '../../graphql/ordering.js';
import type { Condition } from '../../store/index.js';

/** The `where` argument of Milestone lists. */
@InputType({ description: 'Filters milestones; all given fields must match, and AND, OR and NOT combine filters of the same kind.' })
export class MilestoneWhere {}

export interface MilestoneWhere extends Logical<MilestoneWhere> {}
withLogic(MilestoneWhere, 'milestones');
filterProperties(MilestoneWhere, 'Milestone');
registerWhere('Milestone', MilestoneWhere, milestoneCondition, { one: 'milestone', many: 'milestones' });

const ordering = orderByOf('Milestone');

/** The `orderBy` argument of Milestone lists. */
export const MilestoneOrderBy = ordering.OrderBy;

/** Given a `MilestoneOrderBy` argument, returns the list order (name ascending by default). */
export const milestoneOrder = ordering.toListOrder;

/** Given the `where` argument of a Milestone list, returns the store condition it stands for. */
export function milestoneCondition(where: MilestoneWhere | null | undefined, path = 'where', budget?: FilterBudget): Condition | undefined {
  return logicalCondition(where, (filter, at, shared) => allOf([...propertyConditions('Milestone', filter, at), ...relationConditions('Milestone', filter, at, shared)]), path, budget);
}
