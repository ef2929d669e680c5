import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { exposeRelations } from '../../graphql/entity.js';
import { BadUserInputError, NotFoundError } from '../../graphql/errors.js';
import { entityQueries } from '../shared/entity-queries.js';
import type { Entity } from '../shared/graph-reader.js';
import { Indication, IndicationConnection, OntologyIds } from './indication.type.js';
import { IndicationOrderBy, IndicationWhere, indicationOrder, indicationWhereCondition } from './indication.input.js';
import { parseXref, xrefsOf } from '../../graphql/ontology.js';

/** Resolves the Indication queries and the Indication fields that follow relationships or combine properties. */
@Resolver(() => Indication)
export class IndicationResolver extends entityQueries({
  label: 'Indication',
  type: Indication,
  connection: IndicationConnection,
  where: IndicationWhere,
  orderBy: IndicationOrderBy,
  condition: indicationWhereCondition,
  order: indicationOrder,
  list: { name: 'indications', description: 'Indications, filtered, sorted and paged; e.g. everything under B-cell malignancy.' },
}) {
  @Query(() => Indication, { description: 'One indication by id or by an ontology cross-reference (exactly one of the two); NOT_FOUND when none has it.' })
  async indication(
    @Arg('id', () => ID, { nullable: true, description: 'The indication id, e.g. multiple-myeloma.' }) id: string | null,
    @Arg('xref', () => String, { nullable: true, description: 'A cross-reference as a CURIE: NCIT:C3242, MONDO:0009693, EFO:0001378 or DOID:9538.' }) xref: string | null,
    @Ctx() { graph }: Context,
  ) {
    if ((id == null) === (xref == null)) throw new BadUserInputError('Give the indication’s id or its xref, one of the two.', id == null ? 'id' : 'xref');
    if (id != null) return graph.get('Indication', id);
    const { property, value } = parseXref(xref as string);
    const page = await graph.list('Indication', { where: { property, op: 'eq', value }, orderBy: indicationOrder(null), first: 1 });
    const [found] = page.nodes;
    if (!found) throw new NotFoundError('Indication', xref as string, 'xref');
    return found;
  }

  @FieldResolver(() => [String], { description: 'Verified ontology cross-references as CURIEs, e.g. NCIT:C3242, MONDO:0009693, EFO:0001378, DOID:9538; empty when none is recorded.' })
  xrefs(@Root() indication: Entity): string[] {
    return xrefsOf(indication);
  }

  @FieldResolver(() => OntologyIds, { description: 'Verified ontology cross-references (NCIt, MONDO, EFO, DOID).' })
  ontologyIds(@Root() indication: Entity): OntologyIds {
    const text = (value: unknown) => (typeof value === 'string' ? value : null);
    return { ncit: text(indication.ncitId), mondo: text(indication.mondoId), efo: text(indication.efoId), doid: text(indication.doid) };
  }
}

exposeRelations(IndicationResolver, 'Indication');
