import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeISO } from '../../graphql/scalars.js';

/** How many nodes of one kind the graph holds. */
@ObjectType({ description: 'How many nodes of one kind the graph holds.' })
export class LabelCount {
  @Field(() => String, { description: 'The kind of node: a type of this API (Compound, Trial, ...), Program included.' })
  label!: string;

  @Field(() => Int, { description: 'How many the graph holds, as counted after the last load.' })
  count!: number;
}

/** A bundle of facts the store has loaded. */
@ObjectType({ description: 'A bundle of facts the store has loaded (a file of `seeds/` or of `npm run seed`), by its name.' })
export class LoadedBundle {
  @Field(() => String, { description: 'The bundle’s name, e.g. cellectar-clr-131-2017-11-07.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the bundle holds, in its own words.' })
  description!: string | null;

  @Field(() => DateTimeISO, { description: 'When it was first loaded.' })
  firstLoadedAt!: string;

  @Field(() => DateTimeISO, { description: 'When it was last loaded (loading it again changes no fact that is unchanged).' })
  lastLoadedAt!: string;

  @Field(() => Int, { description: 'How many node records it holds.' })
  nodes!: number;
}

/** What this API serves: its own version and the data's. */
@ObjectType({ description: 'What this API serves: its own version and the data’s. Answered from memory, without the store.' })
export class Meta {
  @Field(() => String, { description: 'The version of this API (its package version), e.g. 0.4.0.' })
  apiVersion!: string;

  @Field(() => Int, { description: 'How many loads the data has taken: it moves with every load, even one that changed nothing.' })
  dataVersion!: number;

  @Field(() => String, { nullable: true, description: 'The random id of the last load: unlike dataVersion, which starts again when a store is wiped and loaded anew, it never comes back. Null before the first load.' })
  loadId!: string | null;

  @Field(() => DateTimeISO, { nullable: true, description: 'When data was last loaded; null before the first load.' })
  loadedAt!: string | null;

  @Field(() => [LabelCount], { description: 'How many nodes of each kind, in a fixed order (the source documents are the `Source` count; `sources` lists them).' })
  counts!: LabelCount[];

  @Field(() => Int, { description: 'How many bundles the store has loaded (a store written before bundles were recorded counts those loaded since).' })
  bundleCount!: number;

  bundleRecords!: readonly LoadedBundle[];
}
