import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { RELATION_FIELDS } from '../../store/index.js';
import type { Entity } from '../shared/graph-reader.js';
import { Readout } from '../readout/readout.type.js';
import { exposeRelations } from '../../graphql/entity.js';
import { entityQueries } from '../shared/entity-queries.js';
import { ReadoutSeriesOrderBy, ReadoutSeriesWhere, readoutSeriesCondition, readoutSeriesOrder } from './readout-series.input.js';
import { ReadoutSeries, ReadoutSeriesConnection } from './readout-series.type.js';

/** Resolves the ReadoutSeries queries and the ReadoutSeries fields that follow relationships or combine properties. */
@Resolver(() => ReadoutSeries)
export class ReadoutSeriesResolver extends entityQueries({
  label: 'ReadoutSeries',
  type: ReadoutSeries,
  connection: ReadoutSeriesConnection,
  where: ReadoutSeriesWhere,
  orderBy: ReadoutSeriesOrderBy,
  condition: readoutSeriesCondition,
  order: readoutSeriesOrder,
  list: { name: 'readoutSeries', description: 'Readout series (a measure of a cohort or population over successive reports), filtered, sorted and paged.' },
  one: { name: 'series', thing: 'readout series', example: 'clr-131-phase-1-cohort-1-survival' },
}) {
  @FieldResolver(() => Readout, { nullable: true, description: 'Its latest point: the last of `points`.' })
  async latest(@Root() series: Entity, @Ctx() { graph }: Context) {
    const { path, orderBy } = RELATION_FIELDS.ReadoutSeries.points;
    const [last] = (await graph.relatedNodePage('ReadoutSeries', [...path], series.id, { first: 1 }, { ...orderBy, direction: 'DESC' })).nodes;
    return last ?? null;
  }
}

exposeRelations(ReadoutSeriesResolver, 'ReadoutSeries');
