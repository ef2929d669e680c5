import { Field, ObjectType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import { Node } from '../../graphql/node.js';
import { StoredNode } from '../shared/stored-node.js';

/** A technology platform compounds are built on, such as a delivery or carrier technology. */
@ObjectType({ implements: Node, description: 'A technology platform compounds are built on (e.g. a drug-conjugate or carrier technology).' })
export class Platform extends StoredNode {
  @Field(() => String, { nullable: true, description: 'Short name, e.g. PDC or PLE.' })
  abbreviation!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True when the owner calls it proprietary.' })
  proprietary!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'True when the owner calls it patented.' })
  patented!: boolean | null;
}

/** The Relay connection type of Platform lists. */
export const PlatformConnection = connectionOf(Platform, 'A page of platforms.');
