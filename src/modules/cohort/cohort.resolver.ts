import { FieldResolver, Resolver, Root } from 'type-graphql';
import { exposeRelations } from '../../graphql/entity.js';
import type { Entity } from '../shared/graph-reader.js';
import { entityQueries } from '../shared/entity-queries.js';
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
}

exposeRelations(CohortResolver, 'Cohort');
