import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { DevelopmentStatus, Modality } from '../../graphql/enums.js';
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
import { Company } from '../company/company.type.js';
import { DesignationMatch, designationCondition } from '../designation/designation.input.js';
import { Designation } from '../designation/designation.type.js';
import { Indication } from '../indication/indication.type.js';
import { Platform } from '../platform/platform.type.js';
import { Program } from '../program/program.type.js';
import type { Entity } from '../shared/graph-reader.js';
import { PageArgs } from '../shared/list-args.js';
import { Trial } from '../trial/trial.type.js';
import { Compound } from './compound.type.js';

const ModalityFilter = enumFilterOf(Modality, 'Modality');
const DevelopmentStatusFilter = enumFilterOf(DevelopmentStatus, 'DevelopmentStatus');

/** The `where` argument of Compound lists. */
@InputType({ description: 'Filters compounds; all given fields must match.' })
export class CompoundWhere {
  @Field(() => IdFilter, { nullable: true, description: 'By id.' })
  id?: IdFilter;

  @Field(() => TextFilter, { nullable: true, description: 'By name, ignoring case.' })
  name?: TextFilter;

  @Field(() => ModalityFilter, { nullable: true, description: 'By modality.' })
  modality?: EnumFilter<string>;

  @Field(() => DevelopmentStatusFilter, { nullable: true, description: 'By development status.' })
  developmentStatus?: EnumFilter<string>;

  @Field(() => DesignationMatch, { nullable: true, description: 'Has some designation matching this.' })
  designation?: DesignationMatch;

  @Field(() => IndicationMatch, { nullable: true, description: 'Evaluated by some trial studying this indication (subtypes included by default).' })
  indication?: IndicationMatch;
}

/** The Relay connection type of Compound lists. */
export const CompoundConnection = connectionOf(Compound, 'A page of compounds.');
const { OrderBy: CompoundOrderBy, toListOrder } = orderByOf('Compound');

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
      where: allOf([
        idCondition(where?.id),
        textCondition('name', where?.name),
        enumCondition('modality', where?.modality),
        enumCondition('developmentStatus', where?.developmentStatus),
        designationCondition([{ type: 'HAS_DESIGNATION', direction: 'OUT', label: 'Designation' }], where?.designation),
        indicationCondition(
          [
            { type: 'EVALUATES', direction: 'IN', label: 'Trial' },
            { type: 'STUDIES', direction: 'OUT', label: 'Indication' },
          ],
          where?.indication,
        ),
      ]),
      orderBy: toListOrder(orderBy),
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
