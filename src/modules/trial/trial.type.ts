import { Field, ObjectType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import { Node } from '../../graphql/node.js';
import { Stage, STAGE_ORDER, TrialStatus } from '../../graphql/enums.js';
import { Indication } from '../indication/indication.type.js';
import { StoredNode } from '../shared/stored-node.js';

/** A clinical trial. */
@ObjectType({ implements: Node, description: 'A clinical trial of one or more compounds.' })
export class Trial extends StoredNode {
  @Field(() => Stage, { description: `Trial phase, in the order ${STAGE_ORDER}. A Phase 1/2 trial is PHASE_1_2, which ranks below PHASE_2.` })
  phase!: string;

  @Field(() => TrialStatus, { description: 'Where the trial stands.' })
  status!: string;

  @Field(() => String, { nullable: true, description: 'Who the trial enrolls, e.g. relapsed or refractory multiple myeloma.' })
  population!: string | null;

  @Field(() => String, { nullable: true, description: 'How the compound is given, e.g. single dose, one or two doses.' })
  dosingRegimen!: string | null;

  @Field(() => String, { nullable: true, description: 'What the trial is for, e.g. assess efficacy.' })
  purpose!: string | null;

  @Field(() => [String], { description: 'Registry ids (e.g. NCT01234567) when a source gives them.' })
  registryIds!: string[];
}

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

/** The Relay connection type of a trial's indications. */
export const TrialIndicationConnection = connectionOf(TrialIndication, 'A page of the indications a trial studies, each with its setting.');
