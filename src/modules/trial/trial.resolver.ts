import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { Stage, TrialStatus } from '../../graphql/enums.js';
import {
  allOf,
  enumCondition,
  enumFilterOf,
  type EnumFilter,
  IdFilter,
  idCondition,
  IndicationMatch,
  indicationCondition,
  TextFilter,
  textCondition,
} from '../../graphql/filters.js';
import { orderByOf, type OrderInput } from '../../graphql/ordering.js';
import { Claim } from '../claim/claim.type.js';
import { Cohort } from '../cohort/cohort.type.js';
import { Company } from '../company/company.type.js';
import { Compound } from '../compound/compound.type.js';
import { Readout } from '../readout/readout.type.js';
import type { Entity } from '../shared/graph-reader.js';
import { PageArgs } from '../shared/list-args.js';
import { Trial, TrialIndication } from './trial.type.js';

const StageFilter = enumFilterOf(Stage, 'Stage');
const TrialStatusFilter = enumFilterOf(TrialStatus, 'TrialStatus');

/** The `where` argument of Trial lists. */
@InputType({ description: 'Filters trials; all given fields must match.' })
export class TrialWhere {
  @Field(() => IdFilter, { nullable: true, description: 'By id.' })
  id?: IdFilter;

  @Field(() => TextFilter, { nullable: true, description: 'By name, ignoring case.' })
  name?: TextFilter;

  @Field(() => StageFilter, { nullable: true, description: 'By phase.' })
  phase?: EnumFilter<string>;

  @Field(() => TrialStatusFilter, { nullable: true, description: 'By status.' })
  status?: EnumFilter<string>;

  @Field(() => IdFilter, { nullable: true, description: 'Evaluates a compound with this id.' })
  compound?: IdFilter;

  @Field(() => IndicationMatch, { nullable: true, description: 'Studies this indication or, by default, a subtype of it.' })
  indication?: IndicationMatch;
}

/** The Relay connection type of Trial lists. */
export const TrialConnection = connectionOf(Trial, 'A page of trials.');
const { OrderBy: TrialOrderBy, toListOrder } = orderByOf('Trial');

/** Resolves the Trial queries and the Trial fields that follow relationships or combine properties. */
@Resolver(() => Trial)
export class TrialResolver {
  @Query(() => TrialConnection, { description: 'Clinical trials, filtered, sorted and paged.' })
  trials(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('where', () => TrialWhere, { nullable: true, description: 'Filters.' }) where: TrialWhere | null,
    @Arg('orderBy', () => TrialOrderBy, { nullable: true, description: 'Sorting; by name by default.' }) orderBy: OrderInput | null,
    @Ctx() { graph }: Context,
  ) {
    const compound = idCondition(where?.compound);
    return graph.list('Trial', {
      where: allOf([
        idCondition(where?.id),
        textCondition('name', where?.name),
        enumCondition('phase', where?.phase),
        enumCondition('status', where?.status),
        compound && { path: [{ type: 'EVALUATES', direction: 'OUT', label: 'Compound' }], quantifier: 'some', where: compound },
        indicationCondition([{ type: 'STUDIES', direction: 'OUT', label: 'Indication' }], where?.indication),
      ]),
      orderBy: toListOrder(orderBy),
      first,
      after,
    });
  }

  @Query(() => Trial, { description: 'One trial by id; NOT_FOUND when none has it.' })
  trial(@Arg('id', () => ID, { description: 'The trial id.' }) id: string, @Ctx() { graph }: Context) {
    return graph.get('Trial', id);
  }

  @FieldResolver(() => [Compound], { description: 'Compounds the trial evaluates.' })
  compounds(@Root() trial: Entity, @Ctx() { graph }: Context) {
    return graph.relatedNodes('Trial', [{ type: 'EVALUATES', direction: 'OUT', label: 'Compound' }], trial.id);
  }

  @FieldResolver(() => [Company], { description: 'Sponsors of the trial.' })
  sponsors(@Root() trial: Entity, @Ctx() { graph }: Context) {
    return graph.relatedNodes('Trial', [{ type: 'SPONSORED_BY', direction: 'OUT', label: 'Company' }], trial.id);
  }

  @FieldResolver(() => [TrialIndication], { description: 'Indications the trial studies, each with its setting.' })
  async indications(@Root() trial: Entity, @Ctx() { graph }: Context) {
    const hops = await graph.related('Trial', [{ type: 'STUDIES', direction: 'OUT', label: 'Indication' }], trial.id);
    return hops.map((hop) => ({ indication: hop.node, setting: (hop.edge?.setting as string | undefined) ?? null }));
  }

  @FieldResolver(() => [Cohort], { description: 'Cohorts of the trial, in order.' })
  async cohorts(@Root() trial: Entity, @Ctx() { graph }: Context) {
    const cohorts = await graph.relatedNodes('Trial', [{ type: 'HAS_COHORT', direction: 'OUT', label: 'Cohort' }], trial.id);
    return cohorts.sort((left, right) => Number(left.ordinal) - Number(right.ordinal));
  }

  @FieldResolver(() => [Readout], { description: 'Readouts reported for the trial as a whole (cohort readouts are on each cohort).' })
  readouts(@Root() trial: Entity, @Ctx() { graph }: Context) {
    return graph.relatedNodes('Trial', [{ type: 'REPORTED', direction: 'OUT', label: 'Readout' }], trial.id);
  }

  @FieldResolver(() => [Claim], { description: 'Statements sources make about the trial (interpretation, outlook).' })
  claims(@Root() trial: Entity, @Ctx() { graph }: Context) {
    return graph.relatedNodes('Trial', [{ type: 'CLAIMS', direction: 'OUT', label: 'Claim' }], trial.id);
  }
}
