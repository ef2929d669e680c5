import { ObjectType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import { exposeProperties, registerEntityType } from '../../graphql/entity.js';
import { Node } from '../../graphql/node.js';
import { StoredNode } from '../shared/stored-node.js';

/** A company that develops compounds or owns platforms. */
@ObjectType({ implements: Node, description: 'A company that develops compounds, owns platforms or sponsors trials.' })
export class Company extends StoredNode {}

// Its stored properties, with the descriptions of the graph schema (src/store/graph-schema.ts).
exposeProperties(Company, 'Company');

/** The Relay connection type of Company lists. */
export const CompanyConnection = connectionOf(Company, 'A page of companies.');
registerEntityType('Company', Company, CompanyConnection);
