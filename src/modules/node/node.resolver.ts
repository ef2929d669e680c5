import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { BadUserInputError } from '../../graphql/errors.js';
import { Node } from '../../graphql/node.js';

const MAX_IDS = 100;

/** Given an id, returns what has it: a program for `compound@indication`, a stored node otherwise. */
function lookup(id: string, ctx: Context) {
  return id.includes('@') ? ctx.programs.find(id) : ctx.graph.findAnywhere(id);
}

/** Resolves `node` and `nodes`: anything by id. */
@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Anything by its id (Relay); null when nothing has it.' })
  node(@Arg('id', () => ID, { description: 'An id, e.g. clr-131 or clr-131@multiple-myeloma.' }) id: string, @Ctx() ctx: Context) {
    return lookup(id, ctx);
  }

  @Query(() => [Node], { nullable: 'items', description: 'Many things by id, in the order asked; null where nothing has an id. At most 100.' })
  nodes(@Arg('ids', () => [ID], { description: 'Up to 100 ids.' }) ids: string[], @Ctx() ctx: Context) {
    if (ids.length > MAX_IDS) throw new BadUserInputError(`nodes takes at most ${MAX_IDS} ids, got ${ids.length}.`, 'ids');
    return Promise.all(ids.map((id) => lookup(id, ctx)));
  }
}
