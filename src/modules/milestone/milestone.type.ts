import { ObjectType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import { exposeProperties, registerEntityType } from '../../graphql/entity.js';
import { Node } from '../../graphql/node.js';
import { StoredNode } from '../shared/stored-node.js';

/** A dated step of a trial as a source gives it: first posted, start, a status shown, enrollment, completion; estimated or actual. */
@ObjectType({ implements: Node, description: 'A dated step of a trial as a source gives it: first posted, start, a status shown, enrollment, completion; estimated or actual.' })
export class Milestone extends StoredNode {}

// Its stored properties, with the descriptions of the graph schema (src/store/graph-schema.ts).
exposeProperties(Milestone, 'Milestone');

/** The Relay connection type of Milestone lists. */
export const MilestoneConnection = connectionOf(Milestone, 'A page of trial milestones.');
registerEntityType('Milestone', Milestone, MilestoneConnection);
