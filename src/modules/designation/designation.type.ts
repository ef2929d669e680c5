import { Field, ObjectType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import { exposeProperties, registerEntityType } from '../../graphql/entity.js';
import { Node } from '../../graphql/node.js';
import { Company } from '../company/company.type.js';
import { StoredNode } from '../shared/stored-node.js';

/** A regulatory designation of a compound for an indication. */
@ObjectType({ implements: Node, description: 'A regulatory designation (e.g. orphan drug) of a compound for an indication.' })
export class Designation extends StoredNode {}

// Its stored properties, with the descriptions of the graph schema (src/store/graph-schema.ts).
exposeProperties(Designation, 'Designation');

/** The Relay connection type of Designation lists. */
export const DesignationConnection = connectionOf(Designation, 'A page of designations.');
registerEntityType('Designation', Designation, DesignationConnection);

/** A company a designation was granted to, or passed to, with when, as the sources give it. */
@ObjectType({ description: 'A holder (sponsor) of a designation, with when it held it, as precise as the source gives it.' })
export class DesignationHolder {
  @Field(() => Company, { description: 'The company.' })
  company!: Company;

  @Field(() => String, { nullable: true, description: 'Since when it holds the designation, e.g. 2019-10-17 or 2021-05; null when not given.' })
  since!: string | null;

  @Field(() => String, { nullable: true, description: 'Until when it held it, e.g. 2021-05 when the designation passed to another sponsor; null while it holds it or when not given.' })
  until!: string | null;
}

/** The Relay connection type of a designation's holders. */
export const DesignationHolderConnection = connectionOf(DesignationHolder, 'A page of the holders of a designation, each with when it held it.');
