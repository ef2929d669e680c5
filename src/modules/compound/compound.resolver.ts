import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import type { OrderInput } from '../../graphql/ordering.js';
import { Claim } from '../claim/claim.type.js';
import { Company } from '../company/company.type.js';
import { Designation } from '../designation/designation.type.js';
import { Indication } from '../indication/indication.type.js';
import { Platform } from '../platform/platform.type.js';
import { Program } from '../program/program.type.js';
import type { Entity } from '../shared/graph-reader.js';
import { PageArgs } from '../shared/list-args.js';
import { Trial } from '../trial/trial.type.js';
import { CompoundOrderBy, CompoundWhere, compoundCondition, compoundOrder } from './compound.input.js';
import { Compound } from './compound.type.js';

/** The Relay connection type of Compound lists. */
export const CompoundConnection = connectionOf(Compound, 'A page of compounds.');

/** Resolves the Compound queries and the Compound fields that follow relationships or combine properties. */
@Resolver(() => Compound)
export class CompoundResolver {
  @Query(() => CompoundConnection, { description: 'Compounds, filtered, sorted and paged.' })
  compounds(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('where', () => CompoundWhere, { nullable: true, description: 'Filters.' }) where: CompoundWhere | null,
    @Arg('orderBy', () => CompoundOrderBy, { nullable: true, description: 'Sorting; by name by default.' }) orderBy: OrderInput | null,
    @Ctx() { graph }: Context,
  ) {
    return graph.list('Compound', {
      where: compoundCondition(where),
      orderBy: compoundOrder(orderBy),
      first,
      after,
    });
  }

  @Query(() => Compound, { description: 'One compound by id; NOT_FOUND when none has it.' })
  compound(@Arg('id', () => ID, { description: 'The compound id, e.g. clr-131.' }) id: string, @Ctx() { graph }: Context) {
    return graph.get('Compound', id);
  }

  @FieldResolver(() => [Company], { description: 'Companies that develop the compound.' })
  developers(@Root() compound: Entity, @Ctx() { graph }: Context) {
    return graph.relatedNodes('Compound', [{ type: 'DEVELOPS', direction: 'IN', label: 'Company' }], compound.id);
  }

  @FieldResolver(() => [Platform], { description: 'Platforms the compound is built on.' })
  platforms(@Root() compound: Entity, @Ctx() { graph }: Context) {
    return graph.relatedNodes('Compound', [{ type: 'BUILT_ON', direction: 'OUT', label: 'Platform' }], compound.id);
  }

  @FieldResolver(() => [Trial], { description: 'Trials that evaluate the compound.' })
  trials(@Root() compound: Entity, @Ctx() { graph }: Context) {
    return graph.relatedNodes('Compound', [{ type: 'EVALUATES', direction: 'IN', label: 'Trial' }], compound.id);
  }

  @FieldResolver(() => [Designation], { description: 'Regulatory designations granted to the compound.' })
  designations(@Root() compound: Entity, @Ctx() { graph }: Context) {
    return graph.relatedNodes('Compound', [{ type: 'HAS_DESIGNATION', direction: 'OUT', label: 'Designation' }], compound.id);
  }

  @FieldResolver(() => [Indication], { description: 'Indications the developer names as the target of development (e.g. hematologic malignancies).' })
  developedFor(@Root() compound: Entity, @Ctx() { graph }: Context) {
    return graph.relatedNodes('Compound', [{ type: 'DEVELOPED_FOR', direction: 'OUT', label: 'Indication' }], compound.id);
  }

  @FieldResolver(() => [Program], { description: 'The compound’s programs: one per indication it is studied or developed in, with its stage.' })
  programs(@Root() compound: Entity, @Ctx() { programs }: Context) {
    return programs.ofCompound(compound.id);
  }

  @FieldResolver(() => [Claim], { description: 'Statements sources make about the compound.' })
  claims(@Root() compound: Entity, @Ctx() { graph }: Context) {
    return graph.relatedNodes('Compound', [{ type: 'CLAIMS', direction: 'OUT', label: 'Claim' }], compound.id);
  }
}
