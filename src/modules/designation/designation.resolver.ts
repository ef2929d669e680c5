import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { Agency, DesignationType } from '../../graphql/enums.js';
import { allOf, enumCondition, enumFilterOf, type EnumFilter, IdFilter, idCondition, IndicationMatch, indicationCondition } from '../../graphql/filters.js';
import { orderByOf, type OrderInput } from '../../graphql/ordering.js';
import { Company } from '../company/company.type.js';
import { Compound } from '../compound/compound.type.js';
import { Indication } from '../indication/indication.type.js';
import type { Entity } from '../shared/graph-reader.js';
import { PageArgs } from '../shared/list-args.js';
import { Designation } from './designation.type.js';

const DesignationTypeFilter = enumFilterOf(DesignationType, 'DesignationType');
const AgencyFilter = enumFilterOf(Agency, 'Agency');

/** The `where` argument of Designation lists. */
@InputType({ description: 'Filters designations; all given fields must match.' })
export class DesignationWhere {
  @Field(() => IdFilter, { nullable: true, description: 'By id.' })
  id?: IdFilter;

  @Field(() => DesignationTypeFilter, { nullable: true, description: 'By type, e.g. ORPHAN_DRUG.' })
  type?: EnumFilter<string>;

  @Field(() => AgencyFilter, { nullable: true, description: 'By agency, e.g. FDA.' })
  agency?: EnumFilter<string>;

  @Field(() => IndicationMatch, { nullable: true, description: 'Granted for this indication or, by default, a subtype of it.' })
  indication?: IndicationMatch;
}

/** The Relay connection type of Designation lists. */
export const DesignationConnection = connectionOf(Designation, 'A page of designations.');
const { OrderBy: DesignationOrderBy, toListOrder } = orderByOf('Designation', { GRANTED_ON: 'grantedOn' });

/** Resolves the Designation queries and the Designation fields that follow relationships or combine properties. */
@Resolver(() => Designation)
export class DesignationResolver {
  @Query(() => DesignationConnection, { description: 'Regulatory designations, filtered, sorted and paged.' })
  designations(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('where', () => DesignationWhere, { nullable: true, description: 'Filters.' }) where: DesignationWhere | null,
    @Arg('orderBy', () => DesignationOrderBy, { nullable: true, description: 'Sorting; by name by default.' }) orderBy: OrderInput | null,
    @Ctx() { graph }: Context,
  ) {
    return graph.list('Designation', {
      where: allOf([
        idCondition(where?.id),
        enumCondition('type', where?.type),
        enumCondition('agency', where?.agency),
        indicationCondition([{ type: 'FOR_INDICATION', direction: 'OUT', label: 'Indication' }], where?.indication),
      ]),
      orderBy: toListOrder(orderBy),
      first,
      after,
    });
  }

  @Query(() => Designation, { description: 'One designation by id; NOT_FOUND when none has it.' })
  designation(@Arg('id', () => ID, { description: 'The designation id.' }) id: string, @Ctx() { graph }: Context) {
    return graph.get('Designation', id);
  }

  @FieldResolver(() => Compound, { nullable: true, description: 'The compound that holds the designation.' })
  async compound(@Root() designation: Entity, @Ctx() { graph }: Context) {
    const [compound] = await graph.relatedNodes('Designation', [{ type: 'HAS_DESIGNATION', direction: 'IN', label: 'Compound' }], designation.id);
    return compound ?? null;
  }

  @FieldResolver(() => [Company], { description: 'Companies the designation was granted to.' })
  grantees(@Root() designation: Entity, @Ctx() { graph }: Context) {
    return graph.relatedNodes('Designation', [{ type: 'GRANTED_TO', direction: 'OUT', label: 'Company' }], designation.id);
  }

  @FieldResolver(() => Indication, { nullable: true, description: 'The indication the designation is for.' })
  async indication(@Root() designation: Entity, @Ctx() { graph }: Context) {
    const [indication] = await graph.relatedNodes('Designation', [{ type: 'FOR_INDICATION', direction: 'OUT', label: 'Indication' }], designation.id);
    return indication ?? null;
  }
}
