import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Node } from '../../graphql/node.js';
import { RELATIONSHIPS } from '../../store/index.js';
import type { Entity } from '../shared/graph-reader.js';
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

  @FieldResolver(() => [Node], { description: 'What the claim is about: companies, compounds, platforms or trials.' })
  async about(@Root() claim: Entity, @Ctx() { graph }: Context) {
    const subjects = await Promise.all(
      RELATIONSHIPS.CLAIMS.from.map((label) => graph.relatedNodes('Claim', [{ type: 'CLAIMS', direction: 'IN', label }], claim.id)),
    );
    return subjects.flat();
  }
}
