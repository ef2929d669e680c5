import { Field, ObjectType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import { exposeProperties, registerEntityType } from '../../graphql/entity.js';
import { Node } from '../../graphql/node.js';
import { Indication } from '../indication/indication.type.js';
import { StoredNode } from '../shared/stored-node.js';

/** A clinical trial. */
@ObjectType({ implements: Node, description: 'A clinical trial of one or more compounds.' })
export class Trial extends StoredNode {}

// Its stored properties, with the descriptions of the graph schema (src/store/graph-schema.ts).
exposeProperties(Trial, 'Trial');

/** An indication a trial studies, with the setting it is studied in. */
@ObjectType({ description: 'An indication a trial studies, in a setting.' })
export class TrialIndication {
  @Field(() => Indication, { description: 'The indication.' })
  indication!: Indication;

  @Field(() => String, { nullable: true, description: 'The setting, e.g. relapsed or refractory.' })
  setting!: string | null;
}

/** The Relay connection type of Trial lists. */
export const TrialConnection = connectionOf(Trial, 'A page of trials.');
registerEntityType('Trial', Trial, TrialConnection);

/** The Relay connection type of a trial's indications. */
export const TrialIndicationConnection = connectionOf(TrialIndication, 'A page of the indications a trial studies, each with its setting.');
