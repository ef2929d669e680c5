import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { CompanyConnection } from '../company/company.type.js';
import { Compound } from '../compound/compound.type.js';
import { Indication } from '../indication/indication.type.js';
import type { Entity } from '../shared/graph-reader.js';
import { entityQueries } from '../shared/entity-queries.js';
import { PageArgs } from '../shared/list-args.js';
import { DesignationOrderBy, DesignationWhere, designationCondition, designationOrder } from './designation.input.js';
import { Designation, DesignationConnection } from './designation.type.js';

/** Resolves the Designation queries and the Designation fields that follow relationships or combine properties. */
@Resolver(() => Designation)
export class DesignationResolver extends entityQueries({
  label: 'Designation',
  type: Designation,
  connection: DesignationConnection,
  where: DesignationWhere,
  orderBy: DesignationOrderBy,
  condition: designationCondition,
  order: designationOrder,
  list: { name: 'designations', description: 'Regulatory designations, filtered, sorted and paged.' },
  one: { name: 'designation', thing: 'designation' },
}) {
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
