import { Field, ObjectType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import { Stage, STAGE_ORDER } from '../../graphql/enums.js';
import { Node } from '../../graphql/node.js';

/** A compound in an indication, at the stage its most advanced trial has reached there. */
@ObjectType({
  implements: Node,
  description:
    'A compound in an indication (id `compound-id@indication-id`). Its stage is the highest phase among the trials that evaluate the compound in that indication or a subtype of it; it is derived from the trials on every read, so it never disagrees with them.',
})
export class Program extends Node {
  @Field(() => Stage, { description: `Highest trial phase in the indication or its subtypes, in the order ${STAGE_ORDER}; UNKNOWN when no trial gives one.` })
  stage!: string;
}

/** A program as the service returns it: its id, stage, and the stored compound and indication. */
export interface ProgramRecord {
  __typename: 'Program';
  id: string;
  stage: string;
  compound: Record<string, unknown>;
  indication: Record<string, unknown>;
}

/** The Relay connection type of Program lists. */
export const ProgramConnection = connectionOf(Program, 'A page of programs, sorted by id.');
