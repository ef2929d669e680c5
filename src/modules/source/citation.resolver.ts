import { Args, type ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import type { Label, PathStep } from '../../store/index.js';
import type { Entity, Related } from '../shared/graph-reader.js';
import { PageArgs } from '../shared/list-args.js';
import { CitationConnection } from './source.type.js';

/** The path from a fact to the sources that state it. */
const TO_SOURCES: PathStep[] = [{ type: 'SUPPORTED_BY', direction: 'OUT', label: 'Source' }];

/** Given a SUPPORTED_BY hop, returns the citation it stands for: the source and where in it the fact is. */
function toCitation(hop: Related): { source: Entity; locators: string[] } {
  return { source: hop.node, locators: (hop.edge?.locators as string[] | undefined) ?? [] };
}

/** Given a fact type and its label, returns the resolver of its `sources` field: a page of the node's citations. */
export function citationsResolver(type: ClassType, label: Label): ClassType {
  @Resolver(() => type)
  class CitationsResolver {
    @FieldResolver(() => CitationConnection, { description: 'The sources that state this fact, with where in each; by source name.' })
    async sources(@Root() node: Entity, @Args(() => PageArgs) page: PageArgs, @Ctx() { graph }: Context) {
      return (await graph.relatedPage(label, TO_SOURCES, node.id, page)).map(toCitation);
    }
  }
  return CitationsResolver;
}
