import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { RELATIONSHIPS } from '../../store/index.js';
import { NodeConnection } from '../node/node.type.js';
import type { Entity } from '../shared/graph-reader.js';
import { PageArgs } from '../shared/list-args.js';
import { exposeRelations } from '../../graphql/entity.js';
import { entityQueries } from '../shared/entity-queries.js';
import { DisagreementOrderBy, DisagreementWhere, disagreementCondition, disagreementOrder } from './disagreement.input.js';
import { Disagreement, DisagreementConnection, DisagreementVersionConnection } from './disagreement.type.js';

/** Resolves the Disagreement queries and the Disagreement fields that follow relationships or combine properties. */
@Resolver(() => Disagreement)
export class DisagreementResolver extends entityQueries({
  label: 'Disagreement',
  type: Disagreement,
  connection: DisagreementConnection,
  where: DisagreementWhere,
  orderBy: DisagreementOrderBy,
  condition: disagreementCondition,
  order: disagreementOrder,
  list: { name: 'disagreements', description: 'Facts on which sources disagree, each version with its source; filtered, sorted and paged.' },
  one: { name: 'disagreement', thing: 'disagreement' },
}) {
  @FieldResolver(() => DisagreementVersionConnection, { description: 'Each version of the fact with its source and where in it; by source name.' })
  async versions(@Root() disagreement: Entity, @Args(() => PageArgs) page: PageArgs, @Ctx() { graph }: Context) {
    const hops = await graph.relatedPage('Disagreement', [{ type: 'VERSION', direction: 'OUT', label: 'Source' }], disagreement.id, page);
    return hops.map((hop) => ({ source: hop.node, says: String(hop.edge?.says ?? ''), locators: (hop.edge?.locators as string[] | undefined) ?? [] }));
  }

  @FieldResolver(() => NodeConnection, { description: 'The facts in the graph it is about (readouts, claims, trials, designations ...), by name.' })
  concerns(@Root() disagreement: Entity, @Args(() => PageArgs) page: PageArgs, @Ctx() { graph }: Context) {
    return graph.relatedNodePage('Disagreement', [{ type: 'CONCERNS', direction: 'OUT', labels: RELATIONSHIPS.CONCERNS.to }], disagreement.id, page);
  }
}

exposeRelations(DisagreementResolver, 'Disagreement');
