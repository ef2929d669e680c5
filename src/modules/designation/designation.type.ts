import { ObjectType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import { exposeProperties, registerEntityType } from '../../graphql/entity.js';
import { Node } from '../../graphql/node.js';
import { StoredNode } from '../shared/stored-node.js';

/** A regulatory designation of a compound for an indication. */
@ObjectType({ implements: Node, description: 'A regulatory designation (e.g. orphan drug) of a compound for an indication.' })
export class Designation extends StoredNode {}

// Its stored properties, with the descriptions of the graph schema (src/store/graph-schema.ts).
exposeProperties(Designation, 'Designation');

/** The Relay connection type of Designation lists. */
export const DesignationConnection = connectionOf(Designation, 'A page of designations.');
registerEntityType('Designation', Designation, DesignationConnection);
