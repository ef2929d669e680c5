import { Field, InputType } from 'type-graphql';
import { SourceKind } from '../../graphql/enums.js';
import { allOf, enumCondition, enumFilterOf, type EnumFilter, IdFilter, idCondition, TextFilter, textCondition } from '../../graphql/filters.js';
import { type FilterBudget, type Logical, logicalCondition, withLogic } from '../../graphql/logic.js';
import { orderByOf } from '../../graphql/ordering.js';
import type { Condition } from '../../store/index.js';

const SourceKindFilter = enumFilterOf(SourceKind, 'SourceKind');

/** The `where` argument of Source lists. */
@InputType({ description: 'Filters sources; all given fields must match, and AND, OR and NOT combine filters of the same kind.' })
export class SourceWhere {
  @Field(() => IdFilter, { nullable: true, description: 'By id.' })
  id?: IdFilter;

  @Field(() => TextFilter, { nullable: true, description: 'By title, ignoring case.' })
  title?: TextFilter;

  @Field(() => SourceKindFilter, { nullable: true, description: 'By kind, e.g. PRESS_RELEASE.' })
  kind?: EnumFilter<string>;
}

export interface SourceWhere extends Logical<SourceWhere> {}
withLogic(SourceWhere, 'sources');

const ordering = orderByOf('Source', { PUBLISHED_ON: 'publishedOn' });

/** The `orderBy` argument of Source lists. */
export const SourceOrderBy = ordering.OrderBy;

/** Given a `SourceOrderBy` argument, returns the list order (name ascending by default). */
export const sourceOrder = ordering.toListOrder;

/** Given the `where` argument of a Source list, returns the store condition it stands for. */
export function sourceCondition(where: SourceWhere | null | undefined, path = 'where', budget?: FilterBudget): Condition | undefined {
  return logicalCondition(where, (filter) => allOf([idCondition(filter.id), textCondition('title', filter.title), enumCondition('kind', filter.kind)]), path, budget);
}
