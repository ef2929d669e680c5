import { InputType } from 'type-graphql';
import { allOf } from '../../graphql/filters.js';
import { filterProperties, propertyConditions } from '../../graphql/entity.js';
import { type FilterBudget, type Logical, logicalCondition, withLogic } from '../../graphql/logic.js';
import { registerWhere, relationConditions } from '../../graphql/relation-filters.js';
import { orderByOf } from '../../graphql/ordering.js';
import type { Condition } from '../../store/index.js';

/** The `where` argument of Company lists. */
@InputType({ description: 'Filters companies; all given fields must match, and AND, OR and NOT combine filters of the same kind.' })
export class CompanyWhere {}

const ordering = orderByOf('Company');

/** The `orderBy` argument of Company lists. */
export const CompanyOrderBy = ordering.OrderBy;

/** Given a `CompanyOrderBy` argument, returns the list order (name ascending by default). */
export const companyOrder = ordering.toListOrder;

/** Given the `where` argument of a Company list, returns the store condition it stands for. */
export function companyCondition(where: CompanyWhere | null | undefined, path = 'where', budget?: FilterBudget): Condition | undefined {
  const fields = (filter: CompanyWhere, at: string, shared: FilterBudget): Condition | undefined =>
    allOf([...propertyConditions('Company', filter, at), ...relationConditions('Company', filter, at, shared)]);
  return logicalCondition(where, fields, path, budget);
}

export interface CompanyWhere extends Logical<CompanyWhere> {}
withLogic(CompanyWhere, 'companies');
filterProperties(CompanyWhere, 'Company');
registerWhere('Company', CompanyWhere, companyCondition, { one: 'company', many: 'companies' });
