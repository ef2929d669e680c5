import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { Entity } from '../shared/graph-reader.js';
import { Claim, Quantity } from './claim.type.js';

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
}
