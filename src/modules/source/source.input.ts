import { Field, InputType } from 'type-graphql';
import { SourceKind } from '../../graphql/enums.js';
import { allOf, enumCondition, enumFilterOf, type EnumFilter, IdFilter, idCondition, TextFilter, textCondition } from '../../graphql/filters.js';
import { orderByOf } from '../../graphql/ordering.js';
import type { Condition } from '../../store/index.js';

const SourceKindFilter = enumFilterOf(SourceKind, 'SourceKind');

/** The `where` argument of Source lists. */
@InputType({ description: 'Filters sources; all given fields must match.' })
export class SourceWhere {
  @Field(() => IdFilter, { nullable: true, description: 'By id.' })
  id?: IdFilter;

  @Field(() => TextFilter, { nullable: true, description: 'By title, ignoring case.' })
  title?: TextFilter;

  @Field(() => SourceKindFilter, { nullable: true, description: 'By kind, e.g. PRESS_RELEASE.' })
  kind?: EnumFilter<string>;
}

const ordering = orderByOf('Source', { PUBLISHED_ON: 'publishedOn' });

/** The `orderBy` argument of Source lists. */
export const SourceOrderBy = ordering.OrderBy;

/** Given a `SourceOrderBy` argument, returns the list order (name ascending by default). */
export const sourceOrder = ordering.toListOrder;

/** Given the `where` argument of a Source list, returns the store condition it stands for. */
export function sourceCondition(where: SourceWhere | null | undefined): Condition | undefined {
  return allOf([idCondition(where?.id), textCondition('title', where?.title), enumCondition('kind', where?.kind)]);
}
