import { type GraphQLResolveInfo, responsePathAsArray } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { exposeRelations } from '../../graphql/entity.js';
import type { OrderInput } from '../../graphql/ordering.js';
import type { Entity } from '../shared/graph-reader.js';
import { PageArgs } from '../shared/list-args.js';
import { Trial, TrialConnection, TrialIndicationConnection } from './trial.type.js';
import { TrialOrderBy, TrialWhere, trialCondition, trialOrder } from './trial.input.js';

/** Resolves the Trial queries and the Trial fields that follow relationships or combine properties. */
@Resolver(() => Trial)
export class TrialResolver {
  @Query(() => TrialConnection, { description: 'Clinical trials, filtered, sorted and paged.' })
  async trials(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('where', () => TrialWhere, { nullable: true, description: 'Filters.' }) where: TrialWhere | null,
    @Arg('orderBy', () => TrialOrderBy, { nullable: true, description: 'Sorting; by name by default.' }) orderBy: OrderInput | null,
    @Ctx() { graph, warnings, hints }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const page = await graph.list('Trial', {
      where: trialCondition(where),
      orderBy: trialOrder(orderBy),
      first,
      after,
    });
    // A hint only for an empty first page: the next ones were asked for by a client that saw the first.
    if (!after && page.nodes.length === 0) {
      const path = responsePathAsArray(info.path);
      const name = where?.indication?.name;
      const compound = where?.compound?.eq;
      if (name) await hints.indicationName(graph, warnings, name, 'where.indication.name', path);
      if (compound) await hints.id(graph, warnings, 'Compound', compound, 'where.compound.eq', path);
    }
    return page;
  }

  @Query(() => Trial, { description: 'One trial by id; NOT_FOUND when none has it.' })
  trial(@Arg('id', () => ID, { description: 'The trial id.' }) id: string, @Ctx() { graph }: Context) {
    return graph.get('Trial', id);
  }

  @FieldResolver(() => TrialIndicationConnection, { description: 'Indications the trial studies, each with its setting; by indication name.' })
  async indications(@Root() trial: Entity, @Args(() => PageArgs) page: PageArgs, @Ctx() { graph }: Context) {
    const hops = await graph.relatedPage('Trial', [{ type: 'STUDIES', direction: 'OUT', label: 'Indication' }], trial.id, page);
    return hops.map((hop) => ({ indication: hop.node, setting: (hop.edge?.setting as string | undefined) ?? null }));
  }
}

exposeRelations(TrialResolver, 'Trial');
