import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import type { OrderInput } from '../../graphql/ordering.js';
import { CompanyConnection } from '../company/company.type.js';
import { Compound } from '../compound/compound.type.js';
import { Indication } from '../indication/indication.type.js';
import type { Entity } from '../shared/graph-reader.js';
import { PageArgs } from '../shared/list-args.js';
import { DesignationOrderBy, DesignationWhere, designationCondition, designationOrder } from './designation.input.js';
import { Designation, DesignationConnection } from './designation.type.js';

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
  compound(@Root() designation: Entity, @Ctx() { graph }: Context) {
    return graph.relatedOne('Designation', [{ type: 'HAS_DESIGNATION', direction: 'IN', label: 'Compound' }], designation.id);
  }

  @FieldResolver(() => CompanyConnection, { description: 'Companies the designation was granted to, by name.' })
  grantees(@Root() designation: Entity, @Args(() => PageArgs) page: PageArgs, @Ctx() { graph }: Context) {
    return graph.relatedNodePage('Designation', [{ type: 'GRANTED_TO', direction: 'OUT', label: 'Company' }], designation.id, page);
  }

  @FieldResolver(() => Indication, { nullable: true, description: 'The indication the designation is for.' })
  indication(@Root() designation: Entity, @Ctx() { graph }: Context) {
    return graph.relatedOne('Designation', [{ type: 'FOR_INDICATION', direction: 'OUT', label: 'Indication' }], designation.id);
  }
}
