import DataLoader from 'dataloader';
import { type Condition, countNodes, type CypherCatalog, type Executor, findNodes, findNodesAnywhere, isLabel, type Keyset, type Label, listNodes, NODE_PROPERTIES, type PathStep, type PropertySpec, relatedNodes, type Row } from '../../store/index.js';
import { decodeCursor, encodeCursor, Page, pageSize } from '../../graphql/connection.js';
import { BadUserInputError, NotFoundError } from '../../graphql/errors.js';

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
}

/** Arguments every list takes. */
export interface ListOptions {
  where?: Condition;
  orderBy: ListOrder;
  first?: number | null;
  after?: string | null;
}

/** Given a label and a stored node's properties, returns the entity resolvers work with; absent lists read as empty. */
export function toEntity(label: string, node: unknown): Entity {
  const entity = { ...(node as Record<string, unknown>), __typename: label } as Entity;
  if (isLabel(label)) {
    for (const [property, spec] of Object.entries(NODE_PROPERTIES[label] as Record<string, PropertySpec>)) {
      if (spec.type.kind === 'strings' && entity[property] == null) entity[property] = [];
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
  private readonly hops = new Map<string, DataLoader<string, Related[]>>();
  private readonly groupedLoaders = new Map<string, DataLoader<string, Row[]>>();
  private readonly anywhere: DataLoader<string, Entity | null>;

  constructor(
    readonly executor: Executor,
    readonly cypher: CypherCatalog,
  ) {
    const findAnywhere = findNodesAnywhere();
    this.anywhere = new DataLoader(async (ids) => {
      const rows = await executor.read({ ...findAnywhere, params: { ids } });
      const byId = new Map(rows.map((row) => [(row.node as Entity).id, toEntity(row.label as string, row.node)]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** Given a label and list arguments, returns one page of matching nodes; its total count is one more query, run on demand. */
  async list(label: Label, options: ListOptions): Promise<Page<Entity>> {
    const limit = pageSize(options.first);
    const { property, direction } = options.orderBy;
    let after: Keyset | undefined;
    if (options.after) {
      const [orderedBy, value, id] = decodeCursor(options.after, 3);
      if (orderedBy !== `${property}:${direction}` || typeof id !== 'string' || !(value === null || typeof value === 'string' || typeof value === 'number')) {
        throw new BadUserInputError('after is a cursor of another ordering; pass an endCursor this list returned with this orderBy.', 'after');
      }
      after = { value, id: id as string };
    }
    const rows = await this.executor.read(listNodes({ label, where: options.where, orderBy: options.orderBy, after, limit: limit + 1 }));
    const nodes = rows.slice(0, limit).map((row) => toEntity(label, row.node));
    const edges = nodes.map((node) => ({ cursor: encodeCursor([`${property}:${direction}`, node[property] ?? null, node.id]), node }));
    return new Page(
      edges,
      {
        hasNextPage: rows.length > limit,
        hasPreviousPage: Boolean(options.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      async () => {
        const [row] = await this.executor.read(countNodes({ label, where: options.where }));
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
        const byId = new Map(rows.map((row) => [(row.node as Entity).id, toEntity(label, row.node)]));
        return ids.map((key) => byId.get(key) ?? null);
      });
      this.finders.set(label, loader);
    }
    return loader.load(id);
  }

  /** Given a label and an id, returns the node, or throws NOT_FOUND naming both. */
  async get(label: Label, id: string): Promise<Entity> {
    const node = await this.find(label, id);
    if (!node) throw new NotFoundError(label, id);
    return node;
  }

  /** Given an id of any label, returns the node with its type, or null. */
  findAnywhere(id: string): Promise<Entity | null> {
    return this.anywhere.load(id);
  }

  /** Given a start label, a path and a start id, returns the nodes at the path's end, batched across the request. */
  related(label: Label, path: PathStep[], id: string): Promise<Related[]> {
    const key = `${label}:${JSON.stringify(path)}`;
    let loader = this.hops.get(key);
    if (!loader) {
      // Built once per request and path, not once per parent row.
      const statement = relatedNodes({ label, path });
      const endLabel = path.at(-1)?.label ?? label;
      loader = new DataLoader(async (ids) => {
        const rows = await this.executor.read({ ...statement, params: { ...statement.params, ids } });
        const byKey = new Map<string, Related[]>();
        for (const row of rows) {
          const list = byKey.get(row.key as string) ?? [];
          list.push({ node: toEntity(endLabel, row.node), edge: (row.edge as Record<string, unknown> | null) ?? null });
          byKey.set(row.key as string, list);
        }
        return ids.map((key) => byKey.get(key) ?? []);
      });
      this.hops.set(key, loader);
    }
    return loader.load(id);
  }

  /** Given a path, returns only the nodes at its end (see `related`). */
  async relatedNodes(label: Label, path: PathStep[], id: string): Promise<Entity[]> {
    return (await this.related(label, path, id)).map((hop) => hop.node);
  }

  /**
   * Given a catalog statement that takes `$keys` (strings) and returns a `key` column, and one key, returns that
   * key's rows; the keys of one request are batched into one call of the statement.
   */
  grouped(name: string, key: string): Promise<Row[]> {
    let loader = this.groupedLoaders.get(name);
    if (!loader) {
      const text = this.cypher.get(name);
      loader = new DataLoader<string, Row[]>(async (keys) => {
        const rows = await this.executor.read({ name, text, params: { keys } });
        const byKey = new Map<string, Row[]>();
        for (const row of rows) byKey.set(row.key as string, [...(byKey.get(row.key as string) ?? []), row]);
        return keys.map((item) => byKey.get(item) ?? []);
      });
      this.groupedLoaders.set(name, loader);
    }
    return loader.load(key);
  }

  /** Given a catalog statement and its parameters, returns its rows (no batching: for top-level lists). */
  read(name: string, params: Record<string, unknown>): Promise<Row[]> {
    return this.executor.read({ name, text: this.cypher.get(name), params });
  }
}

