import { Field, Float, ObjectType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import { exposeProperties, registerEntityType } from '../../graphql/entity.js';
import { Node } from '../../graphql/node.js';
import { StoredNode } from '../shared/stored-node.js';

/** A dose: an amount and its unit. */
@ObjectType({ description: 'A dose: an amount and its unit.' })
export class Dose {
  @Field(() => Float, { description: 'The amount, e.g. 12.5.' })
  value!: number;

  @Field(() => String, { description: 'The unit, e.g. mCi/m².' })
  unit!: string;
}

/** A group of trial participants dosed alike. */
@ObjectType({ implements: Node, description: 'A group of trial participants dosed alike.' })
export class Cohort extends StoredNode {
  @Field(() => Dose, { nullable: true, description: 'Dose given to the cohort.' })
  dose!: Dose | null;
}

// Its stored properties, with the descriptions of the graph schema (src/store/graph-schema.ts).
exposeProperties(Cohort, 'Cohort');

/** The Relay connection type of Cohort lists. */
export const CohortConnection = connectionOf(Cohort, 'A page of cohorts: a trial’s in their order in it, the top-level list as sorted.');
registerEntityType('Cohort', Cohort, CohortConnection);
