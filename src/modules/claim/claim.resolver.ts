import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { RELATIONSHIPS } from '../../store/index.js';
import { NodeConnection } from '../node/node.type.js';
import type { Entity } from '../shared/graph-reader.js';
import { PageArgs } from '../shared/list-args.js';
import { Claim, Quantity } from './claim.type.js';

/** Resolves the fields a claim derives from its flat properties and its relationships. */
@Resolver(() => Claim)
export class ClaimResolver {
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
