import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import type { OrderInput } from '../../graphql/ordering.js';
import { Claim } from '../claim/claim.type.js';
import { Cohort } from '../cohort/cohort.type.js';
import { Company } from '../company/company.type.js';
import { Compound } from '../compound/compound.type.js';
import { Readout } from '../readout/readout.type.js';
import type { Entity } from '../shared/graph-reader.js';
import { PageArgs } from '../shared/list-args.js';
import { Trial, TrialIndication } from './trial.type.js';
import { TrialOrderBy, TrialWhere, trialCondition, trialOrder } from './trial.input.js';

/** The Relay connection type of Trial lists. */
export const TrialConnection = connectionOf(Trial, 'A page of trials.');

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
    return graph.list('Trial', {
      where: trialCondition(where),
      orderBy: trialOrder(orderBy),
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
