import { InputType } from 'type-graphql';
import { allOf, namedConditions, NamedWhere } from '../../graphql/filters.js';
import { type Logical, logicalCondition, withLogic } from '../../graphql/logic.js';
import { orderByOf } from '../../graphql/ordering.js';
import type { Condition } from '../../store/index.js';

/** The `where` argument of Company lists. */
@InputType({ description: 'Filters companies; all given fields must match, and AND, OR and NOT combine filters of the same kind.' })
export class CompanyWhere extends NamedWhere {}

const ordering = orderByOf('Company');

/** The `orderBy` argument of Company lists. */
export const CompanyOrderBy = ordering.OrderBy;

/** Given a `CompanyOrderBy` argument, returns the list order (name ascending by default). */
export const companyOrder = ordering.toListOrder;

/** Given the `where` argument of a Company list, returns the store condition it stands for. */
export function companyCondition(where: CompanyWhere | null | undefined): Condition | undefined {
  return logicalCondition(where, (filter) => allOf(namedConditions(filter)));
}

export interface CompanyWhere extends Logical<CompanyWhere> {}
withLogic(CompanyWhere, 'companies');
