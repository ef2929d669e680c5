import { type ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import type { Label } from '../../store/graph-schema.js';
import type { Entity } from '../shared/graph-reader.js';
import { Citation } from './source.type.js';

/** Given a fact type and its label, returns the resolver of its `sources` field: the citations of the node. */
export function citationsResolver(type: ClassType, label: Label): ClassType {
  @Resolver(() => type)
  class CitationsResolver {
    @FieldResolver(() => [Citation], { description: 'The sources that state this fact, with where in each.' })
    async sources(@Root() node: Entity, @Ctx() { graph }: Context): Promise<Citation[]> {
      const hops = await graph.related(label, [{ type: 'SUPPORTED_BY', direction: 'OUT', label: 'Source' }], node.id);
      return hops.map((hop) => ({ source: hop.node as unknown as Citation['source'], locators: (hop.edge?.locators as string[]) ?? [] }));
    }
  }
  return CitationsResolver;
}
