import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import type { OrderInput } from '../../graphql/ordering.js';
import { Cohort } from '../cohort/cohort.type.js';
import { Indication } from '../indication/indication.type.js';
import type { Entity } from '../shared/graph-reader.js';
import { PageArgs } from '../shared/list-args.js';
import { Trial } from '../trial/trial.type.js';
import { comparisonPosition } from './readout.service.js';
import { Readout, ReadoutComparison, ValueRange } from './readout.type.js';
import { ReadoutOrderBy, ReadoutWhere, readoutCondition, readoutOrder } from './readout.input.js';

/** The Relay connection type of Readout lists. */
export const ReadoutConnection = connectionOf(Readout, 'A page of readouts.');

/** Resolves the Readout queries and the Readout fields that follow relationships or combine properties. */
@Resolver(() => Readout)
export class ReadoutResolver {
  @Query(() => ReadoutConnection, { description: 'Readouts (results as of a date, and comparators), filtered, sorted and paged.' })
  readouts(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('where', () => ReadoutWhere, { nullable: true, description: 'Filters.' }) where: ReadoutWhere | null,
    @Arg('orderBy', () => ReadoutOrderBy, { nullable: true, description: 'Sorting; by name by default.' }) orderBy: OrderInput | null,
    @Ctx() { graph }: Context,
  ) {
    return graph.list('Readout', {
      where: readoutCondition(where),
      orderBy: readoutOrder(orderBy),
      first,
      after,
    });
  }

  @Query(() => Readout, { description: 'One readout by id; NOT_FOUND when none has it.' })
  readout(@Arg('id', () => ID, { description: 'The readout id.' }) id: string, @Ctx() { graph }: Context) {
    return graph.get('Readout', id);
  }

  @FieldResolver(() => ValueRange, { nullable: true, description: 'The range, when the source gives one (e.g. 11.9–18.6).' })
  range(@Root() readout: Entity): ValueRange | null {
    return typeof readout.low === 'number' && typeof readout.high === 'number' ? { low: readout.low, high: readout.high } : null;
  }

  @FieldResolver(() => Cohort, { nullable: true, description: 'The cohort that reported it, for a cohort readout.' })
  async cohort(@Root() readout: Entity, @Ctx() { graph }: Context) {
    const [cohort] = await graph.relatedNodes('Readout', [{ type: 'REPORTED', direction: 'IN', label: 'Cohort' }], readout.id);
    return cohort ?? null;
  }

  @FieldResolver(() => Trial, { nullable: true, description: 'The trial it comes from, directly or through its cohort; null for comparators.' })
  async trial(@Root() readout: Entity, @Ctx() { graph }: Context) {
    const [direct, throughCohort] = await Promise.all([
      graph.relatedNodes('Readout', [{ type: 'REPORTED', direction: 'IN', label: 'Trial' }], readout.id),
      graph.relatedNodes(
        'Readout',
        [
          { type: 'REPORTED', direction: 'IN', label: 'Cohort' },
          { type: 'HAS_COHORT', direction: 'IN', label: 'Trial' },
        ],
        readout.id,
      ),
    ]);
    return direct[0] ?? throughCohort[0] ?? null;
  }

  @FieldResolver(() => [Indication], { description: 'Indications the value was measured in.' })
  indications(@Root() readout: Entity, @Ctx() { graph }: Context) {
    return graph.relatedNodes('Readout', [{ type: 'MEASURED_IN', direction: 'OUT', label: 'Indication' }], readout.id);
  }

  @FieldResolver(() => [Readout], { description: 'For a comparator: the observed readouts a source sets against it.' })
  comparedBy(@Root() readout: Entity, @Ctx() { graph }: Context) {
    return graph.relatedNodes('Readout', [{ type: 'COMPARED_WITH', direction: 'IN', label: 'Readout' }], readout.id);
  }

  @FieldResolver(() => [ReadoutComparison], { description: 'Comparators the source sets this readout against, with where its value falls.' })
  async comparisons(@Root() readout: Entity, @Ctx() { graph }: Context): Promise<ReadoutComparison[]> {
    const comparators = await graph.relatedNodes('Readout', [{ type: 'COMPARED_WITH', direction: 'OUT', label: 'Readout' }], readout.id);
    return comparators.map((comparator) => ({ comparator: comparator as unknown as Readout, position: comparisonPosition(readout, comparator) }));
  }
}
