import { Arg, Args, type ClassType, Ctx, ID, Query, Resolver } from 'type-graphql';
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
  /** The lookup by id: its name, what one item is called, and an example id. */
  one: { name: string; thing: string; example?: string };
}

/**
 * Given a label's types, inputs and names, returns an abstract resolver with its two queries: the list (filtered,
 * sorted and paged, one statement and a count on demand) and the lookup by id (NOT_FOUND when none has it). The
 * label's resolver extends it and adds the fields that follow relationships or combine properties.
 */
export function entityQueries<W extends object>(spec: EntityQueriesSpec<W>) {
  const idDescription = `The ${spec.one.thing} id${spec.one.example ? `, e.g. ${spec.one.example}` : ''}.`;

  @Resolver()
  abstract class EntityQueries {
    @Query(() => spec.connection, { name: spec.list.name, description: spec.list.description })
    list(
      @Args(() => PageArgs) { first, after }: PageArgs,
      @Arg('where', () => spec.where, { nullable: true, description: 'Filters.' }) where: W | null,
      @Arg('orderBy', () => spec.orderBy, { nullable: true, description: 'Sorting; by name by default.' }) orderBy: OrderInput | null,
      @Ctx() { graph }: Context,
    ) {
      return graph.list(spec.label, { where: spec.condition(where), orderBy: spec.order(orderBy), first, after });
    }

    @Query(() => spec.type, { name: spec.one.name, description: `One ${spec.one.thing} by id; NOT_FOUND when none has it.` })
    one(@Arg('id', () => ID, { description: idDescription }) id: string, @Ctx() { graph }: Context) {
      return graph.get(spec.label, id);
    }
  }
  return EntityQueries;
}
