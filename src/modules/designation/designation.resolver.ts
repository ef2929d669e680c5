import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import type { OrderInput } from '../../graphql/ordering.js';
import { Company } from '../company/company.type.js';
import { Compound } from '../compound/compound.type.js';
import { Indication } from '../indication/indication.type.js';
import type { Entity } from '../shared/graph-reader.js';
import { PageArgs } from '../shared/list-args.js';
import { DesignationOrderBy, DesignationWhere, designationCondition, designationOrder } from './designation.input.js';
import { Designation } from './designation.type.js';

/** The Relay connection type of Designation lists. */
export const DesignationConnection = connectionOf(Designation, 'A page of designations.');

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
      where: designationCondition(where),
      orderBy: designationOrder(orderBy),
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
