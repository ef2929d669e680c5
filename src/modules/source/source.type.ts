import { Field, ObjectType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import { exposeProperties, registerEntityType } from '../../graphql/entity.js';
import { Node } from '../../graphql/node.js';
import { StoredNode } from '../shared/stored-node.js';

/** Who to contact about a source (e.g. the press office of a press release). */
@ObjectType({ description: 'Who to contact about a source, as the source names them.' })
export class Contact {
  @Field(() => String, { nullable: true, description: 'Person named as contact.' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'Their organization.' })
  organization!: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'Email address.' })
  email!: string | null;
}

/** A document facts come from: a press release, publication, registry record, regulatory or partner document. */
@ObjectType({ implements: Node, description: 'A document facts come from; every fact in the graph cites at least one.' })
export class Source extends StoredNode {}

// Its stored properties, with the descriptions of the graph schema (src/store/graph-schema.ts).
exposeProperties(Source, 'Source');

/** A fact's reference to a source, with where in the source it stands. */
@ObjectType({ description: "A fact's reference to a source, with where in the source the fact stands." })
export class Citation {
  @Field(() => Source, { description: 'The source document.' })
  source!: Source;

  @Field(() => [String], { description: 'Where in the source: headline, paragraph number or section heading.' })
  locators!: string[];
}

/** The Relay connection type of Source lists. */
export const SourceConnection = connectionOf(Source, 'A page of sources.');
registerEntityType('Source', Source, SourceConnection);

/** The Relay connection type of a fact's citations. */
export const CitationConnection = connectionOf(Citation, 'A page of citations: the sources that state a fact, with where in each.');
