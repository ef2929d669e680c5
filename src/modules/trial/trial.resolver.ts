import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { exposeRelations } from '../../graphql/entity.js';
import { entityQueries } from '../shared/entity-queries.js';
import type { Entity } from '../shared/graph-reader.js';
import { PageArgs } from '../shared/list-args.js';
import { Trial, TrialConnection, TrialIndicationConnection } from './trial.type.js';
import { TrialOrderBy, TrialWhere, trialCondition, trialOrder } from './trial.input.js';

/** Resolves the Trial queries and the Trial fields that follow relationships or combine properties. */
@Resolver(() => Trial)
export class TrialResolver extends entityQueries({
  label: 'Trial',
  type: Trial,
  connection: TrialConnection,
  where: TrialWhere,
  orderBy: TrialOrderBy,
  condition: trialCondition,
  order: trialOrder,
  list: { name: 'trials', description: 'Clinical trials, filtered, sorted and paged.' },
  one: { name: 'trial', thing: 'trial' },
  onEmpty: async (where, { graph, warnings, hints }, path) => {
    const name = where.indication?.name;
    const compound = where.compound?.eq;
    if (name) await hints.indicationName(graph, warnings, name, 'where.indication.name', path);
    if (compound) await hints.id(graph, warnings, 'Compound', compound, 'where.compound.eq', path);
  },
}) {
  @FieldResolver(() => TrialIndicationConnection, { description: 'Indications the trial studies, each with its setting; by indication name.' })
  async indications(@Root() trial: Entity, @Args(() => PageArgs) page: PageArgs, @Ctx() { graph }: Context) {
    const hops = await graph.relatedPage('Trial', [{ type: 'STUDIES', direction: 'OUT', label: 'Indication' }], trial.id, page);
    return hops.map((hop) => ({ indication: hop.node, setting: (hop.edge?.setting as string | undefined) ?? null }));
  }
}

exposeRelations(TrialResolver, 'Trial');
