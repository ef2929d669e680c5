import { Field, ObjectType } from 'type-graphql';
import { LocalDate } from '../../graphql/scalars.js';
import { connectionOf } from '../../graphql/connection.js';
import { Stage, STAGE_ORDER } from '../../graphql/enums.js';
import { Node } from '../../graphql/node.js';

/** A program's stage and designations from a date on, as its dated facts give them. */
@ObjectType({ description: 'A program from a date on: its stage and the designations covering it, as the sources published by then give them.' })
export class ProgramStep {
  @Field(() => LocalDate, { description: 'From this date: the publication date of the source that made the change known.' })
  since!: string;

  @Field(() => Stage, { description: 'Its stage from then on.' })
  stage!: string;

  @Field(() => [String], { description: 'The designations covering it from then on, as AGENCY:TYPE (e.g. FDA:ORPHAN_DRUG).' })
  designations!: string[];
}

/** A compound in an indication, at the stage its most advanced trial has reached there. */
@ObjectType({
  implements: Node,
  description:
    'A compound in an indication (id `compound-id@indication-id`). Its stage is the highest phase among the trials that evaluate the compound in that indication or a subtype of it; it is derived from the trials on every read, so it never disagrees with them.',
})
export class Program extends Node {
  @Field(() => Stage, { description: `Highest trial phase in the indication or its subtypes, in the order ${STAGE_ORDER}; UNKNOWN when no trial gives one. In a query with @asOf, the stage as of that date.` })
  stage!: string;

  @Field(() => [ProgramStep], {
    description:
      'How the program stood over time, from its dated facts: an entry for each date its stage or its designations changed, the first when it became known. Facts only undated sources give are not in it (they count for `stage` as it stands now), so it may end before the program as it stands.',
  })
  history!: ProgramStep[];
}

/** A program as the service returns it: its id, stage, and the stored compound and indication. */
export interface ProgramRecord {
  __typename: 'Program';
  id: string;
  stage: string;
  compound: Record<string, unknown>;
  indication: Record<string, unknown>;
  history: { since: string; stage: string; designations: string[] }[];
}

/** The Relay connection type of Program lists. */
export const ProgramConnection = connectionOf(Program, 'A page of programs, sorted by id.');
