import DataLoader from 'dataloader';
import {
  type Condition,
  countNodes,
  countRelatedNodes,
  type CypherCatalog,
  type Executor,
  findNodes,
  findNodesAnywhere,
  int,
  isLabel,
  type Keyset,
  type Label,
  listNodes,
  NODE_PROPERTIES,
  type PropertySpec,
  relatedNodes,
  type RelationPath,
  type Row,
  TIMELESS_LABELS,
} from '../../store/index.js';
import { decodeCursor, encodeCursor, type Page, pageFrom, pageSize } from '../../graphql/connection.js';
import { BadUserInputError, NotFoundError } from '../../graphql/errors.js';

/** Given a name, returns it written as ids are: lower case, accents dropped, other characters as single dashes ("CLR 131" → "clr-131"). */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
/** A stored node as resolvers see it: its properties plus the GraphQL type it resolves to. */
export type Entity = Record<string, unknown> & { id: string; name: string; __typename: string };

/** A node reached along a relationship, with the last relationship's properties. */
export interface Related {
  node: Entity;
  edge: Record<string, unknown> | null;
}

/** How a list is sorted: a property of the label, ascending or descending. */
export interface ListOrder {
  property: string;
  direction: 'ASC' | 'DESC';
  /** A property of the relationship followed (a series' points by `position`), for a relation's pages. */
  edge?: boolean;
}

/** Arguments every list takes. */
export interface ListOptions {
  where?: Condition;
  orderBy: ListOrder;
  first?: number | null;
  after?: string | null;
}

/** The paging arguments of a nested list: how many items, after which cursor. */
export interface PageArguments {
  first?: number | null;
  after?: string | null;
}

/** The order of nested lists unless a relation says otherwise: by name, then id. */
export const BY_NAME: ListOrder = { property: 'name', direction: 'ASC' };

/** Given a cursor from `after` (or none) and a list order, returns the keyset it stands for, or refuses a cursor of another ordering. */
export function keysetOf(after: string | null | undefined, order: ListOrder): Keyset | undefined {
  if (!after) return undefined;
  const [orderedBy, value, id] = decodeCursor(after, 3);
  if (orderedBy !== `${order.property}:${order.direction}` || typeof id !== 'string' || !(value === null || typeof value === 'string' || typeof value === 'number')) {
    throw new BadUserInputError('after is a cursor of another ordering; pass an endCursor this list returned with this orderBy.', 'after');
  }
  return { value, id };
}

/** Given a list order and a node, returns the node's cursor in that order. */
export function cursorOf(order: ListOrder, node: Record<string, unknown>): string {
  return encodeCursor([`${order.property}:${order.direction}`, node[order.property] ?? null, node.id]);
}

/**
 * Given a stored node, its label and the date a read is as of (if any), tells whether the read may see it: always
 * without a date, always for a timeless label's nodes, otherwise when its `knownFrom` is on or before the date.
 */
export function knownAsOf(node: unknown, label: string, asOf: string | undefined): boolean {
  if (asOf === undefined || (TIMELESS_LABELS as readonly string[]).includes(label)) return true;
  const known = (node as Record<string, unknown>).knownFrom;
  return typeof known === 'string' && known <= asOf;
}

/** Given a label and a stored node's properties, returns the entity resolvers work with; absent lists read as empty. */
export function toEntity(label: string, node: unknown): Entity {
  const entity = { ...(node as Record<string, unknown>), __typename: label } as Entity;
  if (isLabel(label)) {
    for (const [property, spec] of Object.entries(NODE_PROPERTIES[label] as Record<string, PropertySpec>)) {
      if ((spec.type.kind === 'strings' || spec.type.kind === 'enums') && entity[property] == null) entity[property] = [];
    }
  }
  return entity;
}

/**
 * Reads the graph for one request. Lookups by id and hops along relationships go through per-request
 * DataLoaders, so a selection costs one round trip per level of nesting, whatever the number of rows.
 */
export class GraphReader {
  private readonly finders = new Map<Label, DataLoader<string, Entity | null>>();
  /** Relation pages, counts and keyed catalog statements, one loader per statement and parameters. */
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();
  private readonly anywhere: DataLoader<string, Entity | null>;
  /**
   * The date the request reads the graph as of (the operation's `@asOf`), set before any field is resolved: lists,
   * lookups and relations then hold only the nodes and relationships known by that date (`KNOWN_FROM`).
   */
  asOf: string | undefined;

  constructor(
    readonly executor: Executor,
    readonly cypher: CypherCatalog,
  ) {
    const findAnywhere = findNodesAnywhere();
    this.anywhere = new DataLoader(async (ids) => {
      const rows = await executor.read({ ...findAnywhere, params: { ids } });
      const byId = new Map(rows.filter((row) => this.knows(row.node, row.label as string)).map((row) => [(row.node as Entity).id, toEntity(row.label as string, row.node)]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** Given a stored node and its label, tells whether the request may see it (`knownAsOf` at the request's date). */
  knows(node: unknown, label: string): boolean {
    return knownAsOf(node, label, this.asOf);
  }

  /** Given a label and list arguments, returns one page of matching nodes; its total count is one more query, run on demand. */
  async list(label: Label, options: ListOptions): Promise<Page<Entity>> {
    const limit = pageSize(options.first);
    const after = keysetOf(options.after, options.orderBy);
    const rows = await this.executor.read(listNodes({ label, where: options.where, orderBy: options.orderBy, after, limit: limit + 1, asOf: this.asOf }));
    return pageFrom(
      rows.map((row) => toEntity(label, row.node)),
      limit,
      Boolean(options.after),
      (node) => cursorOf(options.orderBy, node),
      async () => {
        const [row] = await this.executor.read(countNodes({ label, where: options.where, asOf: this.asOf }));
        return Number(row?.totalCount ?? 0);
      },
    );
  }

  /** Given a label and an id, returns the node, or null; lookups in one request are batched per label. */
  find(label: Label, id: string): Promise<Entity | null> {
    let loader = this.finders.get(label);
    if (!loader) {
      const statement = findNodes(label);
      loader = new DataLoader(async (ids) => {
        const rows = await this.executor.read({ ...statement, params: { ids } });
        const byId = new Map(rows.filter((row) => this.knows(row.node, label)).map((row) => [(row.node as Entity).id, toEntity(label, row.node)]));
        return ids.map((key) => byId.get(key) ?? null);
      });
      this.finders.set(label, loader);
    }
    return loader.load(id);
  }

  /**
   * Given a label and an id, returns the node, or throws NOT_FOUND naming both and, when the id was written like a
   * name ("CLR 131"), the id it stands for if a node of that label has it (one more lookup by id).
   */
  async get(label: Label, id: string): Promise<Entity> {
    const node = await this.find(label, id);
    if (node) return node;
    const meant = await this.idWrittenAsName(label, id);
    throw new NotFoundError(label, id, 'id', meant ? [meant] : []);
  }

  /** Given a label and a string that holds no id of it, returns the id it would be as a slug when a node has that one. */
  async idWrittenAsName(label: Label, written: string): Promise<string | undefined> {
    const slug = slugOf(written);
    if (!slug || slug === written) return undefined;
    return (await this.find(label, slug)) ? slug : undefined;
  }

  /** Given an id of any label, returns the node with its type, or null. */
  findAnywhere(id: string): Promise<Entity | null> {
    return this.anywhere.load(id);
  }

  /**
   * Given a start label, a relation path, a start id, paging arguments and an order (by name unless given), returns
   * that page of the nodes at the path's end, with the relationship's properties on a one-hop path. Parents asking the
   * same page in one request share one statement, and `totalCount` one count statement.
   */
  async relatedPage(label: Label, path: RelationPath, id: string, page: PageArguments, orderBy: ListOrder = BY_NAME): Promise<Page<Related>> {
    const limit = pageSize(page.first);
    const hops = await this.hops(label, path, orderBy, limit + 1, keysetOf(page.after, orderBy)).load(id);
    return pageFrom(hops, limit, Boolean(page.after), (hop) => cursorOf(orderBy, orderBy.edge ? { ...hop.edge, id: hop.node.id } : hop.node), () => this.relatedCount(label, path).load(id));
  }

  /** Given a start label, a relation path and paging arguments, returns that page of the nodes at the path's end (see `relatedPage`). */
  async relatedNodePage(label: Label, path: RelationPath, id: string, page: PageArguments, orderBy: ListOrder = BY_NAME): Promise<Page<Entity>> {
    return (await this.relatedPage(label, path, id, page, orderBy)).map((hop) => hop.node);
  }

  /** Given a start label, a path to what a node has at most one of, and a start id, returns that node or null (batched). */
  async relatedOne(label: Label, path: RelationPath, id: string): Promise<Entity | null> {
    const [hop] = await this.hops(label, path, BY_NAME, 1, undefined).load(id);
    return hop?.node ?? null;
  }

  /** Given a relation, its order, how many rows to read per parent and where to start, returns the request's loader of those rows. */
  private hops(label: Label, path: RelationPath, orderBy: ListOrder, rows: number, after: Keyset | undefined): DataLoader<string, Related[]> {
    const key = JSON.stringify(['page', label, path, orderBy, rows, after ?? null]);
    let loader = this.loaders.get(key) as DataLoader<string, Related[]> | undefined;
    if (!loader) {
      // Built once per request, relation and page, not once per parent row.
      const statement = relatedNodes({ label, path, orderBy, after, limit: rows, asOf: this.asOf });
      const last = path.at(-1);
      // An end that may have several labels comes back with a `label` column instead.
      const endLabel = last && 'label' in last ? last.label : undefined;
      loader = new DataLoader(async (ids) => {
        const found = await this.executor.read({ ...statement, params: { ...statement.params, ids } });
        const byKey = new Map<string, Related[]>();
        for (const row of found) {
          const list = byKey.get(row.key as string) ?? [];
          list.push({ node: toEntity(endLabel ?? (row.label as string), row.node), edge: (row.edge as Record<string, unknown> | null) ?? null });
          byKey.set(row.key as string, list);
        }
        return ids.map((parent) => byKey.get(parent) ?? []);
      });
      this.loaders.set(key, loader);
    }
    return loader;
  }

  /** Given a relation, returns the request's loader of how many items it holds per parent. */
  private relatedCount(label: Label, path: RelationPath): DataLoader<string, number> {
    const key = JSON.stringify(['count', label, path]);
    let loader = this.loaders.get(key) as DataLoader<string, number> | undefined;
    if (!loader) {
      const statement = countRelatedNodes({ label, path, asOf: this.asOf });
      loader = new DataLoader(async (ids) => {
        const rows = await this.executor.read({ ...statement, params: { ...statement.params, ids } });
        const byKey = new Map(rows.map((row) => [row.key as string, Number(row.totalCount)]));
        return ids.map((parent) => byKey.get(parent) ?? 0);
      });
      this.loaders.set(key, loader);
    }
    return loader;
  }

  /**
   * Given a catalog statement that takes `$keys` (strings) and returns a `key` column, one key and the statement's
   * other parameters, returns that key's rows; the keys of one request that share the parameters are batched into one
   * call of the statement.
   */
  keyed(name: string, key: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    const loaderKey = JSON.stringify(['keyed', name, params]);
    let loader = this.loaders.get(loaderKey) as DataLoader<string, Row[]> | undefined;
    if (!loader) {
      const text = this.cypher.get(name);
      loader = new DataLoader<string, Row[]>(async (keys) => {
        const rows = await this.executor.read({ name, text, params: { ...params, keys } });
        const byKey = new Map<string, Row[]>();
        for (const row of rows) byKey.set(row.key as string, [...(byKey.get(row.key as string) ?? []), row]);
        return keys.map((item) => byKey.get(item) ?? []);
      });
      this.loaders.set(loaderKey, loader);
    }
    return loader.load(key);
  }

  /** Given a catalog statement that counts per key (`$keys` in, `{ key, totalCount }` rows out) and a key, returns the count, batched like `keyed`. */
  async keyedCount(name: string, key: string, params: Record<string, unknown> = {}): Promise<number> {
    const [row] = await this.keyed(name, key, params);
    return Number(row?.totalCount ?? 0);
  }

  /**
   * Given a catalog statement of pages per key (`$keys`, `$after` and `$first` in; at most `$first` rows per key out,
   * each with a `key`), a key, the page size and the statement's `after`, returns that key's rows, one more than the
   * page size when more follow.
   */
  keyedPage(name: string, key: string, size: number, after: unknown, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.keyed(name, key, { ...params, after: after ?? null, first: int(size + 1) });
  }

  /** Given a catalog statement and its parameters, returns its rows (no batching: for top-level lists). */
  read(name: string, params: Record<string, unknown>): Promise<Row[]> {
    return this.executor.read({ name, text: this.cypher.get(name), params });
  }
}
