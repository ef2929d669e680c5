import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { RELATIONSHIPS } from '../../store/index.js';
import { NodeConnection } from '../node/node.type.js';
import type { Entity } from '../shared/graph-reader.js';
import { entityQueries } from '../shared/entity-queries.js';
import { PageArgs } from '../shared/list-args.js';
import { ClaimOrderBy, ClaimWhere, claimCondition, claimOrder } from './claim.input.js';
import { Claim, ClaimConnection, Quantity } from './claim.type.js';

/** Resolves the Claim queries and the fields a claim derives from its flat properties and its relationships. */
@Resolver(() => Claim)
export class ClaimResolver extends entityQueries({
  label: 'Claim',
  type: Claim,
  connection: ClaimConnection,
  where: ClaimWhere,
  orderBy: ClaimOrderBy,
  condition: claimCondition,
  order: claimOrder,
  list: { name: 'claims', description: 'Claims the sources make (mechanism, evidence, outlook ...), filtered, sorted and paged.' },
  one: { name: 'claim', thing: 'claim' },
}) {
  @FieldResolver(() => Quantity, { nullable: true, description: 'The amount the claim states, if any.' })
  quantity(@Root() claim: Entity): Quantity | null {
    if (typeof claim.quantityValue !== 'number') return null;
    return {
      value: claim.quantityValue,
      unit: typeof claim.quantityUnit === 'string' ? claim.quantityUnit : null,
      qualifier: typeof claim.quantityQualifier === 'string' ? claim.quantityQualifier : 'EXACTLY',
    };
  }

  @FieldResolver(() => NodeConnection, { description: 'What the claim is about: companies, compounds, platforms or trials, by name.' })
  about(@Root() claim: Entity, @Args(() => PageArgs) page: PageArgs, @Ctx() { graph }: Context) {
    return graph.relatedNodePage('Claim', [{ type: 'CLAIMS', direction: 'IN', labels: RELATIONSHIPS.CLAIMS.from }], claim.id, page);
  }
}
