import { ObjectType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import { exposeProperties, registerEntityType } from '../../graphql/entity.js';
import { Node } from '../../graphql/node.js';
import { StoredNode } from '../shared/stored-node.js';

/** A technology platform compounds are built on, such as a delivery or carrier technology. */
@ObjectType({ implements: Node, description: 'A technology platform compounds are built on (e.g. a drug-conjugate or carrier technology).' })
export class Platform extends StoredNode {}

// Its stored properties, with the descriptions of the graph schema (src/store/graph-schema.ts).
exposeProperties(Platform, 'Platform');

/** The Relay connection type of Platform lists. */
export const PlatformConnection = connectionOf(Platform, 'A page of platforms.');
registerEntityType('Platform', Platform, PlatformConnection);
