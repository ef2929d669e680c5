import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { DateTimeISO, LocalDate } from '../../graphql/scalars.js';

/** Fields every stored node has: its id, name and description, and when the store first and last wrote it. */
@ObjectType()
export abstract class StoredNode extends Node {
  @Field(() => String, { description: 'Display name, as the sources give it.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'A short description in our own words, when the sources support one.' })
  description?: string | null;

  @Field(() => DateTimeISO, { description: 'When this node was first written to the graph.' })
  createdAt!: string;

  @Field(() => DateTimeISO, { description: 'When a property of this node last changed.' })
  updatedAt!: string;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'From when the sources make it known: the earliest publication date among the sources that state it (of a source, its own; of a disagreement, the date its last version was published). Null when only undated sources state it: then no `@asOf` answer counts it, whatever the date.',
  })
  knownFrom?: string | null;
}
