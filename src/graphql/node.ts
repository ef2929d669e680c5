import { Field, ID, InterfaceType } from 'type-graphql';

/** A value of the graph that names its GraphQL type, so interfaces can resolve it. */
export interface Typed {
  __typename: string;
}

/** The Relay node interface: anything with a global id that `node(id)` can fetch again. */
@InterfaceType({
  description: 'Anything with a stable, global id that `node(id)` and `nodes(ids)` can fetch again.',
  resolveType: (value: Typed) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'Stable, readable id, unique across the graph (e.g. `clr-131`).' })
  id!: string;
}
