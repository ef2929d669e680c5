import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { exposeRelations } from '../../graphql/entity.js';
import { entityQueries } from '../shared/entity-queries.js';
import type { Entity } from '../shared/graph-reader.js';
import { PageArgs } from '../shared/list-args.js';
import { DesignationOrderBy, DesignationWhere, designationCondition, designationOrder } from './designation.input.js';
import { Designation, DesignationConnection, DesignationHolderConnection } from './designation.type.js';

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
  @FieldResolver(() => DesignationHolderConnection, { description: 'Its holders (sponsors), each with since and until when the sources give them; by company name. The designation may pass from one to another.' })
  async holders(@Root() designation: Entity, @Args(() => PageArgs) page: PageArgs, @Ctx() { graph }: Context) {
    const hops = await graph.relatedPage('Designation', [{ type: 'GRANTED_TO', direction: 'OUT', label: 'Company' }], designation.id, page);
    const text = (value: unknown) => (typeof value === 'string' ? value : null);
    return hops.map((hop) => ({ company: hop.node, since: text(hop.edge?.since), until: text(hop.edge?.until) }));
  }
}

exposeRelations(DesignationResolver, 'Designation');
