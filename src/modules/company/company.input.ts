import { Field, InputType } from 'type-graphql';
import { allOf } from '../../graphql/filters.js';
import { filterProperties, propertyConditions } from '../../graphql/entity.js';
import { type FilterBudget, type Logical, logicalCondition, relationCondition, type RelationFilter, relationFilterOf, withLogic } from '../../graphql/logic.js';
import { CompoundRelationFilter, CompoundWhere, compoundCondition } from '../compound/compound.input.js';
import { orderByOf } from '../../graphql/ordering.js';
import { type Condition, RELATION_FIELDS } from '../../store/index.js';

/** The `where` argument of Company lists. */
@InputType({ description: 'Filters companies; all given fields must match, and AND, OR and NOT combine filters of the same kind.' })
export class CompanyWhere {
  @Field(() => CompoundRelationFilter, { nullable: true, description: 'By the compounds it develops: `{ some: { trials: { some: { phase: { eq: PHASE_2 } } } } }`.' })
  compounds?: RelationFilter<CompoundWhere>;
}

const ordering = orderByOf('Company');

/** The `orderBy` argument of Company lists. */
export const CompanyOrderBy = ordering.OrderBy;

/** Given a `CompanyOrderBy` argument, returns the list order (name ascending by default). */
export const companyOrder = ordering.toListOrder;

/** Given the `where` argument of a Company list, returns the store condition it stands for. */
export function companyCondition(where: CompanyWhere | null | undefined, path = 'where', budget?: FilterBudget): Condition | undefined {
  const fields = (filter: CompanyWhere, at: string, shared: FilterBudget): Condition | undefined =>
    allOf([...propertyConditions('Company', filter, at), relationCondition([...RELATION_FIELDS.Company.compounds.path], filter.compounds, compoundCondition, `${at}.compounds`, shared)]);
  return logicalCondition(where, fields, path, budget);
}

export interface CompanyWhere extends Logical<CompanyWhere> {}
withLogic(CompanyWhere, 'companies');
filterProperties(CompanyWhere, 'Company');

/** Filters by related companies: some, none or every. */
export const CompanyRelationFilter = relationFilterOf(CompanyWhere, 'company', 'companies');
