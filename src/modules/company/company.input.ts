import { Field, InputType } from 'type-graphql';
import { allOf, IdFilter, idCondition, TextFilter, textCondition } from '../../graphql/filters.js';
import { orderByOf } from '../../graphql/ordering.js';
import type { Condition } from '../../store/index.js';

/** The `where` argument of Company lists. */
@InputType({ description: 'Filters companies; all given fields must match.' })
export class CompanyWhere {
  @Field(() => IdFilter, { nullable: true, description: 'By id.' })
  id?: IdFilter;

  @Field(() => TextFilter, { nullable: true, description: 'By name, ignoring case.' })
  name?: TextFilter;
}

const ordering = orderByOf('Company');

/** The `orderBy` argument of Company lists. */
export const CompanyOrderBy = ordering.OrderBy;

/** Given a `CompanyOrderBy` argument, returns the list order (name ascending by default). */
export const companyOrder = ordering.toListOrder;

/** Given the `where` argument of a Company list, returns the store condition it stands for. */
export function companyCondition(where: CompanyWhere | null | undefined): Condition | undefined {
  return allOf([idCondition(where?.id), textCondition('name', where?.name)]);
}
