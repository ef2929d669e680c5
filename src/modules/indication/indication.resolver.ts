import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import type { OrderInput } from '../../graphql/ordering.js';
import { CompoundConnection } from '../compound/compound.type.js';
import { DesignationConnection } from '../designation/designation.type.js';
import { ReadoutConnection } from '../readout/readout.type.js';
import type { Entity } from '../shared/graph-reader.js';
import { PageArgs } from '../shared/list-args.js';
import { TrialConnection } from '../trial/trial.type.js';
import { Indication, IndicationConnection, OntologyIds } from './indication.type.js';
import { IndicationOrderBy, IndicationWhere, indicationOrder, indicationWhereCondition } from './indication.input.js';

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
  parent(@Root() indication: Entity, @Ctx() { graph }: Context) {
    return graph.relatedOne('Indication', [{ type: 'SUBTYPE_OF', direction: 'OUT', label: 'Indication' }], indication.id);
  }

  @FieldResolver(() => IndicationConnection, { description: 'Every broader indication, at any depth, by name.' })
  ancestors(@Root() indication: Entity, @Args(() => PageArgs) page: PageArgs, @Ctx() { graph }: Context) {
    return graph.relatedNodePage('Indication', [{ type: 'SUBTYPE_OF', direction: 'OUT', label: 'Indication', hops: '1..' }], indication.id, page);
  }

  @FieldResolver(() => IndicationConnection, { description: 'Direct subtypes, by name.' })
  children(@Root() indication: Entity, @Args(() => PageArgs) page: PageArgs, @Ctx() { graph }: Context) {
    return graph.relatedNodePage('Indication', [{ type: 'SUBTYPE_OF', direction: 'IN', label: 'Indication' }], indication.id, page);
  }

  @FieldResolver(() => IndicationConnection, { description: 'Every subtype, at any depth, by name.' })
  descendants(@Root() indication: Entity, @Args(() => PageArgs) page: PageArgs, @Ctx() { graph }: Context) {
    return graph.relatedNodePage('Indication', [{ type: 'SUBTYPE_OF', direction: 'IN', label: 'Indication', hops: '1..' }], indication.id, page);
  }

  @FieldResolver(() => TrialConnection, { description: 'Trials that study this indication directly, by name.' })
  trials(@Root() indication: Entity, @Args(() => PageArgs) page: PageArgs, @Ctx() { graph }: Context) {
    return graph.relatedNodePage('Indication', [{ type: 'STUDIES', direction: 'IN', label: 'Trial' }], indication.id, page);
  }

  @FieldResolver(() => ReadoutConnection, { description: 'Readouts measured in this indication directly, comparators included; by name.' })
  readouts(@Root() indication: Entity, @Args(() => PageArgs) page: PageArgs, @Ctx() { graph }: Context) {
    return graph.relatedNodePage('Indication', [{ type: 'MEASURED_IN', direction: 'IN', label: 'Readout' }], indication.id, page);
  }

  @FieldResolver(() => CompoundConnection, { description: 'Compounds whose developer names this indication as a target of development, by name.' })
  targetedBy(@Root() indication: Entity, @Args(() => PageArgs) page: PageArgs, @Ctx() { graph }: Context) {
    return graph.relatedNodePage('Indication', [{ type: 'DEVELOPED_FOR', direction: 'IN', label: 'Compound' }], indication.id, page);
  }

  @FieldResolver(() => DesignationConnection, { description: 'Designations granted for this indication directly, by name.' })
  designations(@Root() indication: Entity, @Args(() => PageArgs) page: PageArgs, @Ctx() { graph }: Context) {
    return graph.relatedNodePage('Indication', [{ type: 'FOR_INDICATION', direction: 'IN', label: 'Designation' }], indication.id, page);
  }
}
