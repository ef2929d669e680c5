import { Field, ObjectType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import { Node } from '../../graphql/node.js';
import { Agency, DesignationStatus, DesignationType } from '../../graphql/enums.js';
import { LocalDate } from '../../graphql/scalars.js';
import { StoredNode } from '../shared/stored-node.js';

/** A regulatory designation of a compound for an indication. */
@ObjectType({ implements: Node, description: 'A regulatory designation (e.g. orphan drug) of a compound for an indication.' })
export class Designation extends StoredNode {
  @Field(() => DesignationType, { description: 'Kind of designation.' })
  type!: string;

  @Field(() => Agency, { description: 'The regulator that granted it.' })
  agency!: string;

  @Field(() => String, { nullable: true, description: 'Region it applies to, e.g. United States.' })
  region!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Date granted; null when the sources do not give it.' })
  grantedOn!: string | null;

  @Field(() => DesignationStatus, { description: 'Where the designation stands.' })
  status!: string;
}

/** The Relay connection type of Designation lists. */
export const DesignationConnection = connectionOf(Designation, 'A page of designations.');
