import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import type { OrderInput } from '../../graphql/ordering.js';
import { ReadoutConnection } from '../readout/readout.type.js';
import type { Entity } from '../shared/graph-reader.js';
import { PageArgs } from '../shared/list-args.js';
import { Trial } from '../trial/trial.type.js';
import { CohortOrderBy, CohortWhere, cohortCondition, cohortOrder } from './cohort.input.js';
import { Cohort, CohortConnection, Dose } from './cohort.type.js';

/** Resolves the Cohort fields that follow relationships or combine properties. */
@Resolver(() => Cohort)
export class CohortResolver {
  @Query(() => CohortConnection, { description: 'Cohorts of every trial, filtered, sorted and paged; e.g. cohorts dosed above 15 mCi/m².' })
  cohorts(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('where', () => CohortWhere, { nullable: true, description: 'Filters.' }) where: CohortWhere | null,
    @Arg('orderBy', () => CohortOrderBy, { nullable: true, description: 'Sorting; by name by default.' }) orderBy: OrderInput | null,
    @Ctx() { graph }: Context,
  ) {
    return graph.list('Cohort', { where: cohortCondition(where), orderBy: cohortOrder(orderBy), first, after });
  }

  @FieldResolver(() => Dose, { nullable: true, description: 'Dose given to the cohort.' })
  dose(@Root() cohort: Entity): Dose | null {
    return typeof cohort.doseValue === 'number' && typeof cohort.doseUnit === 'string' ? { value: cohort.doseValue, unit: cohort.doseUnit } : null;
  }

  @FieldResolver(() => Trial, { nullable: true, description: 'The trial the cohort belongs to.' })
  trial(@Root() cohort: Entity, @Ctx() { graph }: Context) {
    return graph.relatedOne('Cohort', [{ type: 'HAS_COHORT', direction: 'IN', label: 'Trial' }], cohort.id);
  }

  @FieldResolver(() => ReadoutConnection, { description: 'Results reported for the cohort, each as of its date; by name.' })
  readouts(@Root() cohort: Entity, @Args(() => PageArgs) page: PageArgs, @Ctx() { graph }: Context) {
    return graph.relatedNodePage('Cohort', [{ type: 'REPORTED', direction: 'OUT', label: 'Readout' }], cohort.id, page);
  }
}
