import { Field, InputType } from 'type-graphql';
import { allOf, IdFilter, idCondition } from '../../graphql/filters.js';
import { filterProperties, propertyConditions } from '../../graphql/entity.js';
import { type FilterBudget, type Logical, logicalCondition, withLogic } from '../../graphql/logic.js';
import { registerWhere } from '../../graphql/relation-filters.js';
import { orderByOf } from '../../graphql/ordering.js';
import { type Condition, RELATIONSHIPS } from '../../store/index.js';

/** The `where` argument of Claim lists. */
@InputType({ description: 'Filters claims; all given fields must match, and AND, OR and NOT combine filters of the same kind.' })
export class ClaimWhere {
  @Field(() => IdFilter, { nullable: true, description: 'About the company, compound, platform or trial with this id.' })
  about?: IdFilter;
}

export interface ClaimWhere extends Logical<ClaimWhere> {}
withLogic(ClaimWhere, 'claims');
filterProperties(ClaimWhere, 'Claim');
registerWhere('Claim', ClaimWhere, claimCondition, { one: 'claim', many: 'claims' });

const ordering = orderByOf('Claim');

/** The `orderBy` argument of Claim lists. */
export const ClaimOrderBy = ordering.OrderBy;

/** Given a `ClaimOrderBy` argument, returns the list order (name ascending by default). */
export const claimOrder = ordering.toListOrder;

/** Given an id filter, returns the condition that the claim is about a node it matches, of any label a claim may be about. */
function aboutCondition(filter: IdFilter | undefined | null): Condition | undefined {
  const subject = idCondition(filter);
  if (!subject) return undefined;
  return { or: RELATIONSHIPS.CLAIMS.from.map((label): Condition => ({ path: [{ type: 'CLAIMS', direction: 'IN', label }], quantifier: 'some', where: subject })) };
}

/** Given the `where` argument of a Claim list, returns the store condition it stands for. */
export function claimCondition(where: ClaimWhere | null | undefined, path = 'where', budget?: FilterBudget): Condition | undefined {
  return logicalCondition(
    where,
    (filter, at) => allOf([...propertyConditions('Claim', filter, at), aboutCondition(filter.about)]),
    path,
    budget,
  );
}
