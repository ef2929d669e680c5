import { Field, Float, Int, ObjectType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
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
  @Field(() => Int, { description: 'Position of the cohort in its trial: 1 for the first.' })
  ordinal!: number;

  @Field(() => Dose, { nullable: true, description: 'Dose given to the cohort.' })
  dose!: Dose | null;

  @Field(() => String, { nullable: true, description: 'How the dose was given, e.g. a single 30-minute infusion.' })
  administration!: string | null;

  @Field(() => Float, { nullable: true, description: 'Mean number of prior lines of therapy of its participants.' })
  meanPriorLines!: number | null;

  @Field(() => String, { nullable: true, description: 'How pretreated its participants were, in the source’s terms.' })
  pretreatment!: string | null;

  @Field(() => Float, { nullable: true, description: 'Months after the first cohort of the trial that this cohort started (0 for the first).' })
  startOffsetMonths!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'True when the source gives the start offset as approximate.' })
  startOffsetApproximate!: boolean | null;
}

/** The Relay connection type of Cohort lists. */
export const CohortConnection = connectionOf(Cohort, 'A page of cohorts: a trial’s in their order in it, the top-level list as sorted.');
