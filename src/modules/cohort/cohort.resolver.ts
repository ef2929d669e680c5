import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Readout } from '../readout/readout.type.js';
import type { Entity } from '../shared/graph-reader.js';
import { Trial } from '../trial/trial.type.js';
import { Cohort, Dose } from './cohort.type.js';

/** Resolves the Cohort queries and the Cohort fields that follow relationships or combine properties. */
@Resolver(() => Cohort)
export class CohortResolver {
  @FieldResolver(() => Dose, { nullable: true, description: 'Dose given to the cohort.' })
  dose(@Root() cohort: Entity): Dose | null {
    return typeof cohort.doseValue === 'number' && typeof cohort.doseUnit === 'string' ? { value: cohort.doseValue, unit: cohort.doseUnit } : null;
  }

  @FieldResolver(() => Trial, { nullable: true, description: 'The trial the cohort belongs to.' })
  async trial(@Root() cohort: Entity, @Ctx() { graph }: Context) {
    const [trial] = await graph.relatedNodes('Cohort', [{ type: 'HAS_COHORT', direction: 'IN', label: 'Trial' }], cohort.id);
    return trial ?? null;
  }

  @FieldResolver(() => [Readout], { description: 'Results reported for the cohort, each as of its date.' })
  readouts(@Root() cohort: Entity, @Ctx() { graph }: Context) {
    return graph.relatedNodes('Cohort', [{ type: 'REPORTED', direction: 'OUT', label: 'Readout' }], cohort.id);
  }
}
