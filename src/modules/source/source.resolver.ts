import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { SourceKind } from '../../graphql/enums.js';
import { allOf, enumCondition, enumFilterOf, type EnumFilter, IdFilter, idCondition, TextFilter, textCondition } from '../../graphql/filters.js';
import { Node } from '../../graphql/node.js';
import { orderByOf, type OrderInput } from '../../graphql/ordering.js';
import { RELATIONSHIPS } from '../../store/graph-schema.js';
import type { Entity } from '../shared/graph-reader.js';
import { PageArgs } from '../shared/list-args.js';
import { Contact, Source } from './source.type.js';

const SourceKindFilter = enumFilterOf(SourceKind, 'SourceKind');

/** The `where` argument of Source lists. */
@InputType({ description: 'Filters sources; all given fields must match.' })
export class SourceWhere {
  @Field(() => IdFilter, { nullable: true, description: 'By id.' })
  id?: IdFilter;

  @Field(() => TextFilter, { nullable: true, description: 'By title, ignoring case.' })
  title?: TextFilter;

  @Field(() => SourceKindFilter, { nullable: true, description: 'By kind, e.g. PRESS_RELEASE.' })
  kind?: EnumFilter<string>;
}

/** The Relay connection type of Source lists. */
export const SourceConnection = connectionOf(Source, 'A page of sources.');
const { OrderBy: SourceOrderBy, toListOrder } = orderByOf('Source', { PUBLISHED_ON: 'publishedOn' });

/** Resolves the Source queries and the Source fields that follow relationships or combine properties. */
@Resolver(() => Source)
export class SourceResolver {
  @Query(() => SourceConnection, { description: 'Source documents, filtered, sorted and paged.' })
  sources(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('where', () => SourceWhere, { nullable: true, description: 'Filters.' }) where: SourceWhere | null,
    @Arg('orderBy', () => SourceOrderBy, { nullable: true, description: 'Sorting; by name by default.' }) orderBy: OrderInput | null,
    @Ctx() { graph }: Context,
  ) {
    return graph.list('Source', {
      where: allOf([idCondition(where?.id), textCondition('title', where?.title), enumCondition('kind', where?.kind)]),
      orderBy: toListOrder(orderBy),
      first,
      after,
    });
  }

  @Query(() => Source, { description: 'One source by id; NOT_FOUND when none has it.' })
  source(@Arg('id', () => ID, { description: 'The source id.' }) id: string, @Ctx() { graph }: Context) {
    return graph.get('Source', id);
  }

  @FieldResolver(() => [Node], { description: 'The facts that cite this source: any node with a `sources` field.' })
  async citedBy(@Root() source: Entity, @Ctx() { graph }: Context) {
    const facts = await Promise.all(
      RELATIONSHIPS.SUPPORTED_BY.from.map((label) => graph.relatedNodes('Source', [{ type: 'SUPPORTED_BY', direction: 'IN', label }], source.id)),
    );
    return facts.flat();
  }

  @FieldResolver(() => Contact, { nullable: true, description: 'Who to contact about the source, when it names someone.' })
  contact(@Root() source: Entity): Contact | null {
    const text = (value: unknown) => (typeof value === 'string' ? value : null);
    const contact = { name: text(source.contactName), organization: text(source.contactOrganization), phone: text(source.contactPhone), email: text(source.contactEmail) };
    return Object.values(contact).some((value) => value !== null) ? contact : null;
  }
}
