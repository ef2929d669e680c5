import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ReadoutConnection } from '../readout/readout.type.js';
import type { Entity } from '../shared/graph-reader.js';
import { entityQueries } from '../shared/entity-queries.js';
import { PageArgs } from '../shared/list-args.js';
import { Trial } from '../trial/trial.type.js';
import { CohortOrderBy, CohortWhere, cohortCondition, cohortOrder } from './cohort.input.js';
import { Cohort, CohortConnection, Dose } from './cohort.type.js';

/** Resolves the Cohort queries and the Cohort fields that follow relationships or combine properties. */
@Resolver(() => Cohort)
export class CohortResolver extends entityQueries({
  label: 'Cohort',
  type: Cohort,
  connection: CohortConnection,
  where: CohortWhere,
  orderBy: CohortOrderBy,
  condition: cohortCondition,
  order: cohortOrder,
  list: { name: 'cohorts', description: 'Cohorts of every trial, filtered, sorted and paged; e.g. cohorts dosed above 15 mCi/m².' },
  one: { name: 'cohort', thing: 'cohort', example: 'clr-131-phase-1-cohort-1' },
}) {
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
