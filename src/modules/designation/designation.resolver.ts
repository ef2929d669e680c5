import { Resolver } from 'type-graphql';
import { exposeRelations } from '../../graphql/entity.js';
import { entityQueries } from '../shared/entity-queries.js';
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
}) {}

exposeRelations(DesignationResolver, 'Designation');
