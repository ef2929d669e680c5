import { Field, ObjectType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import { exposeProperties, registerEntityType } from '../../graphql/entity.js';
import { Node } from '../../graphql/node.js';
import { LocalDate } from '../../graphql/scalars.js';
import { StoredNode } from '../shared/stored-node.js';
import { Source } from '../source/source.type.js';

/** A name a compound, company or trial is known by, with the sources that use it and when it was first seen. */
@ObjectType({ implements: Node, description: 'A name a compound, company or trial is known by, with the sources that use it and when it was first seen.' })
export class Name extends StoredNode {}

// Its stored properties, with the descriptions of the graph schema (src/store/graph-schema.ts).
exposeProperties(Name, 'Name');

/** The Relay connection type of Name lists. */
export const NameConnection = connectionOf(Name, 'A page of names.');
registerEntityType('Name', Name, NameConnection);

/** When and where a name was first seen in the graph's sources. */
@ObjectType({ description: 'The earliest source in the graph that uses a name: a dated one when there is any, else an undated one with its lower bound.' })
export class Sighting {
  @Field(() => LocalDate, { nullable: true, description: 'The source’s publication date; null when only undated sources use the name.' })
  on!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'For an undated source: the earliest date its content allows. Not a publication date.' })
  notBefore!: string | null;

  @Field(() => Source, { description: 'The source.' })
  source!: Source;
}
