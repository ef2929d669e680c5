import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import type { OrderInput } from '../../graphql/ordering.js';
import { Compound } from '../compound/compound.type.js';
import { Designation } from '../designation/designation.type.js';
import { Readout } from '../readout/readout.type.js';
import type { Entity } from '../shared/graph-reader.js';
import { PageArgs } from '../shared/list-args.js';
import { Trial } from '../trial/trial.type.js';
import { Indication, OntologyIds } from './indication.type.js';
import { IndicationOrderBy, IndicationWhere, indicationOrder, indicationWhereCondition } from './indication.input.js';

/** The Relay connection type of Indication lists. */
export const IndicationConnection = connectionOf(Indication, 'A page of indications.');

/** Resolves the Indication queries and the Indication fields that follow relationships or combine properties. */
@Resolver(() => Indication)
export class IndicationResolver {
  @Query(() => IndicationConnection, { description: 'Indications, filtered, sorted and paged; e.g. everything under B-cell malignancy.' })
  indications(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('where', () => IndicationWhere, { nullable: true, description: 'Filters.' }) where: IndicationWhere | null,
    @Arg('orderBy', () => IndicationOrderBy, { nullable: true, description: 'Sorting; by name by default.' }) orderBy: OrderInput | null,
    @Ctx() { graph }: Context,
  ) {
    return graph.list('Indication', {
      where: indicationWhereCondition(where),
      orderBy: indicationOrder(orderBy),
      first,
      after,
    });
  }

  @Query(() => Indication, { description: 'One indication by id; NOT_FOUND when none has it.' })
  indication(@Arg('id', () => ID, { description: 'The indication id, e.g. multiple-myeloma.' }) id: string, @Ctx() { graph }: Context) {
    return graph.get('Indication', id);
  }

  @FieldResolver(() => OntologyIds, { description: 'Verified ontology cross-references (NCIt, MONDO, EFO, DOID).' })
  ontologyIds(@Root() indication: Entity): OntologyIds {
    const text = (value: unknown) => (typeof value === 'string' ? value : null);
    return { ncit: text(indication.ncitId), mondo: text(indication.mondoId), efo: text(indication.efoId), doid: text(indication.doid) };
  }

  @FieldResolver(() => Indication, { nullable: true, description: 'The broader indication this one is a subtype of.' })
  async parent(@Root() indication: Entity, @Ctx() { graph }: Context) {
    const [parent] = await graph.relatedNodes('Indication', [{ type: 'SUBTYPE_OF', direction: 'OUT', label: 'Indication' }], indication.id);
    return parent ?? null;
  }

  @FieldResolver(() => [Indication], { description: 'Every broader indication, at any depth.' })
  ancestors(@Root() indication: Entity, @Ctx() { graph }: Context) {
    return graph.relatedNodes('Indication', [{ type: 'SUBTYPE_OF', direction: 'OUT', label: 'Indication', hops: '1..' }], indication.id);
  }

  @FieldResolver(() => [Indication], { description: 'Direct subtypes.' })
  children(@Root() indication: Entity, @Ctx() { graph }: Context) {
    return graph.relatedNodes('Indication', [{ type: 'SUBTYPE_OF', direction: 'IN', label: 'Indication' }], indication.id);
  }

  @FieldResolver(() => [Indication], { description: 'Every subtype, at any depth.' })
  descendants(@Root() indication: Entity, @Ctx() { graph }: Context) {
    return graph.relatedNodes('Indication', [{ type: 'SUBTYPE_OF', direction: 'IN', label: 'Indication', hops: '1..' }], indication.id);
  }

  @FieldResolver(() => [Trial], { description: 'Trials that study this indication directly.' })
  trials(@Root() indication: Entity, @Ctx() { graph }: Context) {
    return graph.relatedNodes('Indication', [{ type: 'STUDIES', direction: 'IN', label: 'Trial' }], indication.id);
  }

  @FieldResolver(() => [Readout], { description: 'Readouts measured in this indication directly, comparators included.' })
  readouts(@Root() indication: Entity, @Ctx() { graph }: Context) {
    return graph.relatedNodes('Indication', [{ type: 'MEASURED_IN', direction: 'IN', label: 'Readout' }], indication.id);
  }

  @FieldResolver(() => [Compound], { description: 'Compounds whose developer names this indication as a target of development.' })
  targetedBy(@Root() indication: Entity, @Ctx() { graph }: Context) {
    return graph.relatedNodes('Indication', [{ type: 'DEVELOPED_FOR', direction: 'IN', label: 'Compound' }], indication.id);
  }

  @FieldResolver(() => [Designation], { description: 'Designations granted for this indication directly.' })
  designations(@Root() indication: Entity, @Ctx() { graph }: Context) {
    return graph.relatedNodes('Indication', [{ type: 'FOR_INDICATION', direction: 'IN', label: 'Designation' }], indication.id);
  }
}
