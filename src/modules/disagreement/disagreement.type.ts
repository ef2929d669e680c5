import { Field, ObjectType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import { exposeProperties, registerEntityType } from '../../graphql/entity.js';
import { Node } from '../../graphql/node.js';
import { StoredNode } from '../shared/stored-node.js';
import { Source } from '../source/source.type.js';

/** A fact on which sources differ: what it is about, how they differ, and each version with its source. */
@ObjectType({ implements: Node, description: 'A fact on which sources differ: what it is about, how they differ, and each version with its source.' })
export class Disagreement extends StoredNode {}

// Its stored properties, with the descriptions of the graph schema (src/store/graph-schema.ts).
exposeProperties(Disagreement, 'Disagreement');

/** The Relay connection type of Disagreement lists. */
export const DisagreementConnection = connectionOf(Disagreement, 'A page of disagreements.');
registerEntityType('Disagreement', Disagreement, DisagreementConnection);

/** One version of a fact on which sources disagree: what a source says, and where. */
@ObjectType({ description: 'One version of a disputed fact: what one source says, in our words, and where in it.' })
export class DisagreementVersion {
  @Field(() => Source, { description: 'The source.' })
  source!: Source;

  @Field(() => String, { description: 'What it says, e.g. "a partial response in cohort 3".' })
  says!: string;

  @Field(() => [String], { description: 'Where in the source, e.g. L6 s2.' })
  locators!: string[];
}

/** The Relay connection type of a disagreement's versions. */
export const DisagreementVersionConnection = connectionOf(DisagreementVersion, 'A page of the versions of a disputed fact, each with its source; by source name.');
