import { type ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import type { Label, PathStep } from '../../store/index.js';
import type { Entity, Related } from '../shared/graph-reader.js';
import { Citation } from './source.type.js';

/** The path from a fact to the sources that state it. */
export const TO_SOURCES: PathStep[] = [{ type: 'SUPPORTED_BY', direction: 'OUT', label: 'Source' }];

/** Given a SUPPORTED_BY hop, returns the citation it stands for: the source and where in it the fact is. */
export function toCitation(hop: Related): { source: Entity; locators: string[] } {
  return { source: hop.node, locators: (hop.edge?.locators as string[] | undefined) ?? [] };
}

/** Given a fact type and its label, returns the resolver of its `sources` field: the citations of the node. */
export function citationsResolver(type: ClassType, label: Label): ClassType {
  @Resolver(() => type)
  class CitationsResolver {
    @FieldResolver(() => [Citation], { description: 'The sources that state this fact, with where in each.' })
    async sources(@Root() node: Entity, @Ctx() { graph }: Context) {
      return (await graph.related(label, TO_SOURCES, node.id)).map(toCitation);
    }
  }
  return CitationsResolver;
}
