import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import { exposeProperties, registerEntityType } from '../../graphql/entity.js';
import { Node } from '../../graphql/node.js';
import { StoredNode } from '../shared/stored-node.js';

/** A range of values, such as a comparator's 11.9 to 18.6 months. */
@ObjectType({ description: 'A range of values, both ends included.' })
export class ValueRange {
  @Field(() => Float, { description: 'Lower end.' })
  low!: number;

  @Field(() => Float, { description: 'Upper end.' })
  high!: number;
}

/** A result observed at a date, or a comparator benchmark, with its maturity. */
@ObjectType({
  implements: Node,
  description: 'A result as of a date (e.g. median OS 26.2 months as of 2017-11-07, ongoing), or a comparator benchmark.',
})
export class Readout extends StoredNode {
  @Field(() => ValueRange, { nullable: true, description: 'The range, when the source gives one (e.g. 11.9–18.6).' })
  range!: ValueRange | null;
}

// Its stored properties, with the descriptions of the graph schema (src/store/graph-schema.ts).
exposeProperties(Readout, 'Readout');

/** Where an observed value falls against a comparator range. */
export const ComparisonPosition = { ABOVE_RANGE: 'ABOVE_RANGE', WITHIN_RANGE: 'WITHIN_RANGE', BELOW_RANGE: 'BELOW_RANGE' } as const;
registerEnumType(ComparisonPosition, {
  name: 'ComparisonPosition',
  description: 'Where an observed value falls against a comparator: above its upper end, within it, or below its lower end.',
  valuesConfig: {
    ABOVE_RANGE: { description: 'Greater than the upper end.' },
    WITHIN_RANGE: { description: 'Between the ends, both included.' },
    BELOW_RANGE: { description: 'Less than the lower end.' },
  },
});

/** An observed readout set against the comparator a source compares it with. */
@ObjectType({ description: 'An observed readout set against a comparator the source compares it with.' })
export class ReadoutComparison {
  @Field(() => Readout, { description: 'The comparator readout.' })
  comparator!: Readout;

  @Field(() => ComparisonPosition, { nullable: true, description: 'Where the observed value falls; null when either side lacks a number.' })
  position!: string | null;
}

/** The Relay connection type of Readout lists. */
export const ReadoutConnection = connectionOf(Readout, 'A page of readouts.');
registerEntityType('Readout', Readout, ReadoutConnection);

/** The Relay connection type of a readout's comparisons. */
export const ReadoutComparisonConnection = connectionOf(ReadoutComparison, 'A page of the comparators a readout is set against, with where its value falls.');
