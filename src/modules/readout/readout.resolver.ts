import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { exposeRelations } from '../../graphql/entity.js';
import type { Entity } from '../shared/graph-reader.js';
import { entityQueries } from '../shared/entity-queries.js';
import { PageArgs } from '../shared/list-args.js';
import { Trial } from '../trial/trial.type.js';
import { comparisonPosition } from './readout.service.js';
import { Readout, ReadoutComparisonConnection, ReadoutConnection, ValueRange } from './readout.type.js';
import { ReadoutOrderBy, ReadoutWhere, readoutCondition, readoutOrder } from './readout.input.js';

/** Resolves the Readout queries and the Readout fields that follow relationships or combine properties. */
@Resolver(() => Readout)
export class ReadoutResolver extends entityQueries({
  label: 'Readout',
  type: Readout,
  connection: ReadoutConnection,
  where: ReadoutWhere,
  orderBy: ReadoutOrderBy,
  condition: readoutCondition,
  order: readoutOrder,
  list: { name: 'readouts', description: 'Readouts (results as of a date, and comparators), filtered, sorted and paged.' },
  one: { name: 'readout', thing: 'readout' },
}) {
  @FieldResolver(() => ValueRange, { nullable: true, description: 'The range, when the source gives one (e.g. 11.9–18.6).' })
  range(@Root() readout: Entity): ValueRange | null {
    return typeof readout.low === 'number' && typeof readout.high === 'number' ? { low: readout.low, high: readout.high } : null;
  }

  @FieldResolver(() => Trial, { nullable: true, description: 'The trial it comes from, directly or through its cohort; null for comparators.' })
  async trial(@Root() readout: Entity, @Ctx() { graph }: Context) {
    const [direct, throughCohort] = await Promise.all([
      graph.relatedOne('Readout', [{ type: 'REPORTED', direction: 'IN', label: 'Trial' }], readout.id),
      graph.relatedOne(
        'Readout',
        [
          { type: 'REPORTED', direction: 'IN', label: 'Cohort' },
          { type: 'HAS_COHORT', direction: 'IN', label: 'Trial' },
        ],
        readout.id,
      ),
    ]);
    return direct ?? throughCohort;
  }

  @FieldResolver(() => ReadoutComparisonConnection, { description: 'Comparators the source sets this readout against, with where its value falls; by comparator name.' })
  async comparisons(@Root() readout: Entity, @Args(() => PageArgs) page: PageArgs, @Ctx() { graph }: Context) {
    const comparators = await graph.relatedNodePage('Readout', [{ type: 'COMPARED_WITH', direction: 'OUT', label: 'Readout' }], readout.id, page);
    return comparators.map((comparator) => ({ comparator, position: comparisonPosition(readout, comparator) }));
  }
}

exposeRelations(ReadoutResolver, 'Readout');
