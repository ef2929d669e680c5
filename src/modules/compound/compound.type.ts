import { Field, ObjectType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import { Node } from '../../graphql/node.js';
import { DevelopmentStatus, Modality } from '../../graphql/enums.js';
import { StoredNode } from '../shared/stored-node.js';

/** A drug or drug candidate. */
@ObjectType({ implements: Node, description: 'A drug or drug candidate.' })
export class Compound extends StoredNode {
  @Field(() => [String], { description: 'Code names and other identifiers, e.g. "CLR 131".' })
  codeNames!: string[];

  @Field(() => Modality, { description: 'What kind of therapeutic it is first of all; `modalities` gives every kind the sources give.' })
  modality!: string;

  @Field(() => String, { nullable: true, description: 'What the compound delivers, e.g. iodine-131.' })
  payload!: string | null;

  @Field(() => String, { nullable: true, description: 'What kind of payload, e.g. cytotoxic radioisotope.' })
  payloadType!: string | null;

  @Field(() => DevelopmentStatus, { description: 'Regulatory status of the compound as a whole.' })
  developmentStatus!: string;

  @Field(() => Boolean, { nullable: true, description: "True when the developer calls it its lead candidate." })
  leadCandidate!: boolean | null;
}

/** The Relay connection type of Compound lists. */
export const CompoundConnection = connectionOf(Compound, 'A page of compounds.');
