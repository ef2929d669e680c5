import { ObjectType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import { exposeProperties, registerEntityType } from '../../graphql/entity.js';
import { Node } from '../../graphql/node.js';
import { StoredNode } from '../shared/stored-node.js';

/** A drug or drug candidate. */
@ObjectType({ implements: Node, description: 'A drug or drug candidate.' })
export class Compound extends StoredNode {}

// Its stored properties, with the descriptions of the graph schema (src/store/graph-schema.ts).
exposeProperties(Compound, 'Compound');

/** The Relay connection type of Compound lists. */
export const CompoundConnection = connectionOf(Compound, 'A page of compounds.');
registerEntityType('Compound', Compound, CompoundConnection);
