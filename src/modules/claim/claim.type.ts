import { Field, Float, ObjectType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import { exposeProperties, registerEntityType } from '../../graphql/entity.js';
import { Node } from '../../graphql/node.js';
import { Qualifier } from '../../graphql/enums.js';
import { StoredNode } from '../shared/stored-node.js';

/** A stated amount, such as "more than 80 xenograft models". */
@ObjectType({ description: 'A stated amount, e.g. MORE_THAN 80 xenograft models.' })
export class Quantity {
  @Field(() => Float, { description: 'The number.' })
  value!: number;

  @Field(() => String, { nullable: true, description: 'What is counted or measured.' })
  unit!: string | null;

  @Field(() => Qualifier, { description: 'How the real amount relates to the number.' })
  qualifier!: string;
}

/** A statement a source makes about a company, compound, platform or trial. */
@ObjectType({ implements: Node, description: 'A statement a source makes about a company, compound, platform or trial, in our words.' })
export class Claim extends StoredNode {
  @Field(() => Quantity, { nullable: true, description: 'The amount it states, if any.' })
  quantity!: Quantity | null;
}

// Its stored properties, with the descriptions of the graph schema (src/store/graph-schema.ts).
exposeProperties(Claim, 'Claim');

/** The Relay connection type of Claim lists. */
export const ClaimConnection = connectionOf(Claim, 'A page of claims.');
registerEntityType('Claim', Claim, ClaimConnection);
