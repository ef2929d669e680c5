import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';
import { Field, Int, ObjectType } from 'type-graphql';
import { BadUserInputError } from './errors.js';

/**
 * Given a resolver's info and a field name, tells whether the selection of the field being resolved asks for that
 * field directly, in an inline fragment or in a named one (directives aside): a connection's `totalCount`, say.
 */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const within = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name;
      if (selection.kind === Kind.INLINE_FRAGMENT) return within(selection.selectionSet);
      if (seen.has(selection.name.value)) return false;
      seen.add(selection.name.value);
      return within(info.fragments[selection.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => within(node.selectionSet));
}

/** Items per page when `first` is not given. */
export const DEFAULT_PAGE_SIZE = 20;
/** The largest `first` a list accepts. */
export const MAX_PAGE_SIZE = 100;

/** Where a page stands in its list (Relay cursor connections). */
@ObjectType({ description: 'Where a page stands in its list.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow this page: pass `endCursor` as `after` to get them.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when this page was asked for with `after`, so items come before it.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page; null when the page is empty.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the page; null when the page is empty.' })
  endCursor!: string | null;
}

/** One item of a page with its cursor. */
export interface Edge<T> {
  cursor: string;
  node: T;
}

/** A page of a list; `totalCount` runs its count query only when a client asks for it. */
export class Page<T> {
  constructor(
    readonly edges: Edge<T>[],
    readonly pageInfo: PageInfo,
    private readonly count: () => Promise<number>,
  ) {}

  get totalCount(): Promise<number> {
    return this.count();
  }

  /** The items of the page without their cursors. */
  get nodes(): T[] {
    return this.edges.map((edge) => edge.node);
  }

  /** Given a function of an item, returns the same page (cursors, page info, count) of what it makes of each item. */
  map<U>(convert: (item: T) => U): Page<U> {
    return new Page(
      this.edges.map((edge) => ({ cursor: edge.cursor, node: convert(edge.node) })),
      this.pageInfo,
      this.count,
    );
  }
}

/**
 * Given the items read for a page (one more than its size, to tell whether more follow), the page size, whether
 * `after` was given, how to make an item's cursor and how to count every item, returns the page.
 */
export function pageFrom<T>(items: T[], size: number, after: boolean, cursorOf: (item: T) => string, count: () => Promise<number>): Page<T> {
  const edges = items.slice(0, size).map((node) => ({ cursor: cursorOf(node), node }));
  return new Page(
    edges,
    { hasNextPage: items.length > size, hasPreviousPage: after, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
    count,
  );
}

/** Given an item type, returns its Relay edge and connection object types, named `<Type>Edge` and `<Type>Connection`. */
export function connectionOf<T extends object>(itemType: abstract new (...args: never[]) => T, description: string) {
  const name = itemType.name;

  @ObjectType(`${name}Edge`, { description: `One ${name} of a page, with its cursor.` })
  class EdgeType {
    @Field(() => String, { description: 'Opaque cursor of this item: pass it as `after` to continue after it.' })
    cursor!: string;

    @Field(() => itemType, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of this page, in order, each with its cursor.' })
    edges!: EdgeType[];

    @Field(() => [itemType], { description: 'The items of this page, in order: the same as `edges { node }`, without cursors.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Where this page stands in the list.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the list holds in all, across every page, filters applied (one count query, run only when selected).' })
    totalCount!: number;
  }

  return ConnectionType;
}

/** Given the `first` argument, returns the page size, or refuses one outside 0..100. */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`first must be a whole number from 0 to ${MAX_PAGE_SIZE}, got ${size}.`, 'first');
  }
  return size;
}

/** Given the values a list is sorted by, returns an opaque cursor. */
export function encodeCursor(key: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** Given a cursor from `after` and how many key parts the list sorts by, returns the key, or refuses a cursor of another list. */
export function decodeCursor(cursor: string, parts: number): unknown[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === parts) return key;
  } catch {
    // Falls through to the refusal below: a cursor that does not decode is not one of ours.
  }
  throw new BadUserInputError('after is not a cursor of this list with this ordering; pass an endCursor this list returned.', 'after');
}
