import { type GraphQLResolveInfo, responsePathAsArray } from 'graphql';
import { Arg, Args, type ClassType, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import type { OrderInput } from '../../graphql/ordering.js';
import type { Condition, Label } from '../../store/index.js';
import type { ListOrder } from './graph-reader.js';
import { PageArgs } from './list-args.js';

/** What a label's list and lookup queries are made of. */
export interface EntityQueriesSpec<W extends object> {
  label: Label;
  /** The object type and its connection. */
  type: ClassType;
  connection: ClassType;
  /** The `where` and `orderBy` inputs, and what turns them into the store's condition and order. */
  where: ClassType<W>;
  orderBy: ClassType<OrderInput>;
  condition: (where: W | null | undefined) => Condition | undefined;
  order: (orderBy: OrderInput | null | undefined) => ListOrder;
  /** The list query: its name and description. */
  list: { name: string; description: string };
  /** The lookup by id: its name, what one item is called, and an example id; absent when the label's resolver writes its own. */
  one?: { name: string; thing: string; example?: string };
  /**
   * What to do when a first page is empty, given the filter, the request's context and the list's response path: add
   * hints (NO_MATCH warnings) for a name or id the filter gave that names nothing.
   */
  onEmpty?: (where: W, context: Context, path: (string | number)[]) => Promise<void>;
}

/**
 * Given a label's types, inputs and names, returns an abstract resolver with its queries: the list (filtered, sorted
 * and paged, one statement and a count on demand; hints on an empty first page when the spec gives them) and, unless
 * the spec leaves it out, the lookup by id (NOT_FOUND when none has it). The label's resolver extends it and adds the
 * fields that follow relationships or combine properties.
 */
export function entityQueries<W extends object>(spec: EntityQueriesSpec<W>) {
  @Resolver()
  abstract class EntityQueries {
    @Query(() => spec.connection, { name: spec.list.name, description: spec.list.description })
    async list(
      @Args(() => PageArgs) { first, after }: PageArgs,
      @Arg('where', () => spec.where, { nullable: true, description: 'Filters.' }) where: W | null,
      @Arg('orderBy', () => spec.orderBy, { nullable: true, description: 'Sorting; by name by default.' }) orderBy: OrderInput | null,
      @Ctx() context: Context,
      @Info() info: GraphQLResolveInfo,
    ) {
      const page = await context.graph.list(spec.label, { where: spec.condition(where), orderBy: spec.order(orderBy), first, after });
      // Hints only for an empty first page: the next ones were asked for by a client that saw the first.
      if (spec.onEmpty && where && !after && page.nodes.length === 0) await spec.onEmpty(where, context, responsePathAsArray(info.path));
      return page;
    }
  }
  if (!spec.one) return EntityQueries;
  const one = spec.one;

  @Resolver()
  abstract class EntityLookup extends EntityQueries {
    @Query(() => spec.type, { name: one.name, description: `One ${one.thing} by id; NOT_FOUND when none has it.` })
    one(@Arg('id', () => ID, { description: `The ${one.thing} id${one.example ? `, e.g. ${one.example}` : ''}.` }) id: string, @Ctx() { graph }: Context) {
      return graph.get(spec.label, id);
    }
  }
  return EntityLookup;
}
