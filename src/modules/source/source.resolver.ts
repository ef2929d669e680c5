import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { RELATIONSHIPS } from '../../store/index.js';
import { exposeRelations } from '../../graphql/entity.js';
import { NodeConnection } from '../node/node.type.js';
import type { Entity } from '../shared/graph-reader.js';
import { entityQueries } from '../shared/entity-queries.js';
import { PageArgs } from '../shared/list-args.js';
import { Contact, Source, SourceConnection } from './source.type.js';
import { SourceOrderBy, SourceWhere, sourceCondition, sourceOrder } from './source.input.js';

/** Resolves the Source queries and the Source fields that follow relationships or combine properties. */
@Resolver(() => Source)
export class SourceResolver extends entityQueries({
  label: 'Source',
  type: Source,
  connection: SourceConnection,
  where: SourceWhere,
  orderBy: SourceOrderBy,
  condition: sourceCondition,
  order: sourceOrder,
  list: { name: 'sources', description: 'Source documents, filtered, sorted and paged.' },
  one: { name: 'source', thing: 'source' },
}) {
  @FieldResolver(() => NodeConnection, { description: 'The facts that cite this source: any node with a `sources` field; by name.' })
  citedBy(@Root() source: Entity, @Args(() => PageArgs) page: PageArgs, @Ctx() { graph }: Context) {
    return graph.relatedNodePage('Source', [{ type: 'SUPPORTED_BY', direction: 'IN', labels: RELATIONSHIPS.SUPPORTED_BY.from }], source.id, page);
  }

  @FieldResolver(() => Contact, { nullable: true, description: 'Who to contact about the source, when it names someone.' })
  contact(@Root() source: Entity): Contact | null {
    const text = (value: unknown) => (typeof value === 'string' ? value : null);
    const contact = { name: text(source.contactName), organization: text(source.contactOrganization), phone: text(source.contactPhone), email: text(source.contactEmail) };
    return Object.values(contact).some((value) => value !== null) ? contact : null;
  }
}

exposeRelations(SourceResolver, 'Source');
