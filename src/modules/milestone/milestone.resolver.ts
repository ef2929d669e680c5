import { Resolver } from 'type-graphql';
import { exposeRelations } from '../../graphql/entity.js';
import { entityQueries } from '../shared/entity-queries.js';
import { MilestoneOrderBy, MilestoneWhere, milestoneCondition, milestoneOrder } from './milestone.input.js';
import { Milestone, MilestoneConnection } from './milestone.type.js';

/** Resolves the Milestone queries and the Milestone fields that follow relationships or combine properties. */
@Resolver(() => Milestone)
export class MilestoneResolver extends entityQueries({
  label: 'Milestone',
  type: Milestone,
  connection: MilestoneConnection,
  where: MilestoneWhere,
  orderBy: MilestoneOrderBy,
  condition: milestoneCondition,
  order: milestoneOrder,
  list: { name: 'milestones', description: 'Trial milestones (statuses and dates over time), filtered, sorted and paged.' },
  one: { name: 'milestone', thing: 'milestone' },
}) {}

exposeRelations(MilestoneResolver, 'Milestone');
