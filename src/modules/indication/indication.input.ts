import { Field, InputType } from 'type-graphql';
import {
  allOf,
  indicationIdentity,
  IndicationMatch,
} from '../../graphql/filters.js';
import { filterProperties, propertyConditions } from '../../graphql/entity.js';
import { type FilterBudget, type Logical, logicalCondition, withLogic } from '../../graphql/logic.js';
import { registerWhere, relationConditions } from '../../graphql/relation-filters.js';
import { orderByOf } from '../../graphql/ordering.js';
import type { Condition } from '../../store/index.js';

/** The `where` argument of Indication lists. */
@InputType({ description: 'Filters indications; all given fields must match, and AND, OR and NOT combine filters of the same kind.' })
export class IndicationWhere {
  @Field(() => IndicationMatch, { nullable: true, description: 'Is this indication (by id, name or synonym; `name` alone ignores synonyms) or, by default, one of its subtypes.' })
  matches?: IndicationMatch;
}

export interface IndicationWhere extends Logical<IndicationWhere> {}
withLogic(IndicationWhere, 'indications');
filterProperties(IndicationWhere, 'Indication');
registerWhere('Indication', IndicationWhere, indicationWhereCondition, { one: 'indication', many: 'indications' });

const ordering = orderByOf('Indication');

/** The `orderBy` argument of Indication lists. */
export const IndicationOrderBy = ordering.OrderBy;

/** Given a `IndicationOrderBy` argument, returns the list order (name ascending by default). */
export const indicationOrder = ordering.toListOrder;

/** Given an indication match and its argument path, returns the condition on Indication nodes: that indication, and its subtypes unless excluded. */
function matchesCondition(match: IndicationMatch | undefined, argument: string): Condition | undefined {
  if (!match) return undefined;
  if (match.includeSubtypes === false) return indicationIdentity(match, argument);
  return { path: [{ type: 'SUBTYPE_OF', direction: 'OUT', label: 'Indication', hops: '0..' }], quantifier: 'some', where: indicationIdentity(match, argument) };
}

/** Given the `where` argument of an Indication list, returns the store condition it stands for. */
export function indicationWhereCondition(where: IndicationWhere | null | undefined, path = 'where', budget?: FilterBudget): Condition | undefined {
  return logicalCondition(
    where,
    (filter, at, shared) => allOf([...propertyConditions('Indication', filter, at), matchesCondition(filter.matches, `${at}.matches`), ...relationConditions('Indication', filter, at, shared)]),
    path,
    budget,
  );
}
