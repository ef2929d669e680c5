import {
  hasProperty,
  isLabel,
  isRelationshipType,
  type Label,
  LABELS,
  KNOWN_FROM,
  TIMELESS_LABELS,
  TIMELESS_RELATIONSHIPS,
  MANAGED_PROPERTIES,
  NODE_PROPERTIES,
  type PropertySpec,
  RELATIONSHIPS,
  type RelationshipSpec,
  type RelationshipType,
  STAGES,
} from './graph-schema.js';
import { int } from './values.js';
import { SEARCH_TEXT, type SearchableLabel } from './search-text.js';

/**
 * The one place that writes Cypher at run time. Values only ever become `$parameters`; labels, types and
 * properties are checked against the graph schema first, so nothing a user sends is spliced into a statement.
 */

/** A statement ready for the executor: a name for logs and counters, the Cypher text and its parameters. */
export interface Statement {
  name: string;
  text: string;
  params: Record<string, unknown>;
}

export type Comparison = 'eq' | 'in' | 'contains' | 'startsWith' | 'gt' | 'gte' | 'lt' | 'lte';

/** One step along a relationship: its type, which way it points, the label at its far end and how many hops. */
export interface PathStep {
  type: RelationshipType;
  direction: 'OUT' | 'IN';
  label: Label;
  /** `'0..'` (the node itself and everything along the type), `'1..'`, or one hop when absent. */
  hops?: '0..' | '1..';
}

/** A filter on the nodes of one label, in the builder's terms. */
export type Condition =
  | { and: Condition[] }
  | { or: Condition[] }
  | { not: Condition }
  | {
      property: string;
      op: Comparison;
      value: unknown;
      /** Compare lower-cased strings; the caller's value is lower-cased here. */
      caseInsensitive?: boolean;
      /** The property holds a list: true when any element matches. */
      list?: boolean;
    }
  /** The property is absent (`missing: true`) or present; a list property counts as absent when empty. */
  | { property: string; missing: boolean; list?: boolean }
  | {
      path: PathStep[];
      quantifier: 'some' | 'none';
      where?: Condition;
      /**
       * Compare a property of the filtered node with the first present of some properties of the node at the path's
       * end (`n.property op coalesce(end.a, end.b)`), where both nodes agree on the `same` properties (absent on both
       * counts as agreeing).
       */
      compare?: { property: string; op: Exclude<Comparison, 'in'>; endProperties: string[]; same?: string[] };
    };

/** Sorting of a list: by one property, then by `id` in the same direction so the order is total. */
export interface Ordering {
  property: string;
  direction: 'ASC' | 'DESC';
  /** Sort by a property of the relationship rather than of the node (a series' points by `position`): one-hop relations only. */
  edge?: boolean;
}

/** Where the previous page ended: the sort property's value and the id of its last node. */
export interface Keyset {
  value: unknown;
  id: string;
}

/** A developer error: the caller asked for a label, type or property the graph schema does not have. */
export class QueryBuilderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueryBuilderError';
  }
}

const OPERATORS: Record<Exclude<Comparison, 'in'>, string> = {
  eq: '=',
  contains: 'CONTAINS',
  startsWith: 'STARTS WITH',
  gt: '>',
  gte: '>=',
  lt: '<',
  lte: '<=',
};

function assertLabel(label: string): asserts label is Label {
  if (!isLabel(label)) throw new QueryBuilderError(`unknown label ${JSON.stringify(label)}`);
}

function assertProperty(label: Label, property: string): void {
  if (!hasProperty(label, property)) {
    throw new QueryBuilderError(`label ${label} has no property ${JSON.stringify(property)}`);
  }
}

function assertStep(from: Label, step: PathStep): void {
  if (!isRelationshipType(step.type)) throw new QueryBuilderError(`unknown relationship type ${JSON.stringify(step.type)}`);
  assertLabel(step.label);
  const spec: RelationshipSpec = RELATIONSHIPS[step.type];
  const [start, end] = step.direction === 'OUT' ? [from, step.label] : [step.label, from];
  if (!spec.from.includes(start) || !spec.to.includes(end)) {
    throw new QueryBuilderError(`(${start})-[:${step.type}]->(${end}) is not a relationship of the graph`);
  }
  if (step.hops && start !== end) {
    throw new QueryBuilderError(`variable-length ${step.type} needs the same label at both ends`);
  }
}

/** Collects parameters and fresh variable names while one statement is being written. */
class Scope {
  readonly params: Record<string, unknown> = {};
  private parameterCount = 0;
  private variableCount = 0;
  /** The parameter holding the date the statement reads the graph as of, when it does (`asOf`). */
  readonly asOf: string | undefined;

  constructor(asOf?: string) {
    this.asOf = asOf === undefined ? undefined : this.param(asOf);
  }

  /**
   * Given a node or relationship variable and, for a node, the labels it may have, returns the filter keeping it only
   * if known as of the statement's date: none without a date, and none for a node of the timeless labels only.
   */
  known(variable: string, labels: readonly Label[] = []): string[] {
    if (!this.asOf) return [];
    const timeless = labels.filter((label) => TIMELESS_LABELS.includes(label));
    if (labels.length > 0 && timeless.length === labels.length) return [];
    const dated = `${variable}.${KNOWN_FROM} <= ${this.asOf}`;
    return [timeless.length ? `(${[...timeless.map((label) => `${variable}:${label}`), dated].join(' OR ')})` : dated];
  }

  param(value: unknown): string {
    const name = `p${++this.parameterCount}`;
    this.params[name] = value;
    return `$${name}`;
  }

  variable(): string {
    return `v${++this.variableCount}`;
  }
}

function lower(value: unknown): unknown {
  if (typeof value === 'string') return value.toLowerCase();
  if (Array.isArray(value)) return value.map(lower);
  return value;
}

function comparison(subject: string, op: Comparison, parameter: string): string {
  return op === 'in' ? `${subject} IN ${parameter}` : `${subject} ${OPERATORS[op]} ${parameter}`;
}

/**
 * Given a start variable and label, path steps and the statement's scope, returns the path's pattern, its end and,
 * when the statement reads as of a date, the filters keeping only what is known by then: every node along it and
 * every single-hop relationship (a variable-length step, the indication hierarchy, is read as it stands).
 */
function pattern(variable: string, label: Label, steps: PathStep[], scope: Scope): { text: string; end: string; endLabel: Label; filters: string[] } {
  let text = `(${variable})`;
  let current = label;
  let end = variable;
  const filters: string[] = [];
  for (const step of steps) {
    assertStep(current, step);
    end = scope.variable();
    const hops = step.hops ? `*${step.hops}` : '';
    const relationship = scope.asOf && !step.hops && !TIMELESS_RELATIONSHIPS.includes(step.type) ? scope.variable() : '';
    const arrow = step.direction === 'OUT' ? [`-[${relationship}:${step.type}${hops}]->`, ''] : ['<-', `[${relationship}:${step.type}${hops}]-`];
    text += `${arrow[0]}${arrow[1]}(${end}:${step.label})`;
    filters.push(...(relationship ? scope.known(relationship) : []), ...scope.known(end, [step.label]));
    current = step.label;
  }
  return { text, end, endLabel: current, filters };
}

/**
 * Given the filtered variable, its label, a condition and the statement's scope, returns the condition's Cypher;
 * `nested` when it is inside a relationship's subquery. There a relationship is tested with `COUNT { } > 0` rather
 * than `EXISTS { }`: the embedded engine plans an `EXISTS` inside another by scanning every node of the graph for
 * each row (docs/engines.md, row 19).
 */
function condition(variable: string, label: Label, where: Condition, scope: Scope, nested = false): string {
  if ('and' in where) {
    if (where.and.length === 0) return 'true';
    return `(${where.and.map((inner) => condition(variable, label, inner, scope, nested)).join(' AND ')})`;
  }
  if ('or' in where) {
    if (where.or.length === 0) return 'false';
    return `(${where.or.map((inner) => condition(variable, label, inner, scope, nested)).join(' OR ')})`;
  }
  // A comparison with a missing property is null, not false: NOT of it must still hold (a cohort without a dose is
  // not dosed above 15), so the inner condition counts as false when null. EXISTS is never null: negated as it is.
  if ('not' in where) {
    const inner = condition(variable, label, where.not, scope, nested);
    return 'path' in where.not ? `(NOT ${inner})` : `(NOT coalesce(${inner}, false))`;
  }
  if ('path' in where) {
    const path = pattern(variable, label, where.path, scope);
    const filters = [...path.filters, ...(where.where ? [condition(path.end, path.endLabel, where.where, scope, true)] : [])];
    if (where.compare) {
      const { property, op, endProperties, same = [] } = where.compare;
      assertProperty(label, property);
      for (const endProperty of [...endProperties, ...same]) assertProperty(path.endLabel, endProperty);
      for (const shared of same) assertProperty(label, shared);
      const end = endProperties.map((endProperty) => `${path.end}.${endProperty}`);
      const other = end.length === 1 ? end[0] : `coalesce(${end.join(', ')})`;
      const agree = (shared: string) => `coalesce(${variable}.${shared}, '') = coalesce(${path.end}.${shared}, '')`;
      filters.push(`${variable}.${property} ${OPERATORS[op]} ${other}`, ...same.map(agree));
    }
    const filter = filters.length ? ` WHERE ${filters.join(' AND ')}` : '';
    if (nested) return `(COUNT { MATCH ${path.text}${filter} } ${where.quantifier === 'some' ? '> 0' : '= 0'})`;
    const exists = `EXISTS { MATCH ${path.text}${filter} }`;
    return where.quantifier === 'some' ? exists : `(NOT ${exists})`;
  }
  assertProperty(label, where.property);
  if ('missing' in where) {
    if (where.list) return `coalesce(size(${variable}.${where.property}), 0) ${where.missing ? '=' : '>'} 0`;
    return `${variable}.${where.property} IS ${where.missing ? '' : 'NOT '}NULL`;
  }
  const value = where.caseInsensitive ? lower(where.value) : where.value;
  const parameter = scope.param(value);
  if (where.list) {
    const element = scope.variable();
    const subject = where.caseInsensitive ? `toLower(${element})` : element;
    return `any(${element} IN coalesce(${variable}.${where.property}, []) WHERE ${comparison(subject, where.op, parameter)})`;
  }
  const subject = where.caseInsensitive ? `toLower(${variable}.${where.property})` : `${variable}.${where.property}`;
  return comparison(subject, where.op, parameter);
}

/** Given a label and an optional filter, returns the `MATCH ... WHERE ...` head shared by list and count statements. */
function head(label: Label, where: Condition | undefined, scope: Scope, extra: string[] = []): string {
  assertLabel(label);
  const filters = [...scope.known('n', [label]), ...(where ? [condition('n', label, where, scope)] : []), ...extra];
  return `MATCH (n:${label})${filters.length ? `\nWHERE ${filters.join('\n  AND ')}` : ''}`;
}

/** Given labels and a property, tells whether every node of every label has it, so sorting by it needs no care for nulls. */
function alwaysSet(labels: readonly Label[], property: string): boolean {
  return labels.every((label) => {
    const spec = (NODE_PROPERTIES[label] as Record<string, PropertySpec | undefined>)[property];
    return spec?.required === true || (property !== KNOWN_FROM && (MANAGED_PROPERTIES as readonly string[]).includes(property));
  });
}

/** What a list is sorted by: the sorted expression, the id expression breaking ties, whether the sorted one may be null, and the direction. */
interface SortSpec {
  sorted: string;
  id: string;
  nullable: boolean;
  direction: 'ASC' | 'DESC';
}

/**
 * Given what a list is sorted by and the previous page's end, returns the keyset condition that keeps only the rows
 * after it (rows without a sort value come last), or undefined on a first page.
 */
function keysetAfter({ sorted, id, nullable, direction }: SortSpec, after: Keyset | undefined, scope: Scope): string | undefined {
  if (!after) return undefined;
  const op = direction === 'ASC' ? '>' : '<';
  const afterId = scope.param(after.id);
  if (after.value === null || after.value === undefined) return `(${sorted} IS NULL AND ${id} ${op} ${afterId})`;
  const value = scope.param(after.value);
  return `(${sorted} ${op} ${value} OR (${sorted} = ${value} AND ${id} ${op} ${afterId})${nullable ? ` OR ${sorted} IS NULL` : ''})`;
}

/** Given what a list is sorted by, returns its `ORDER BY` keys: nulls last, then id. */
function sortKeys({ sorted, id, nullable, direction }: SortSpec): string {
  return `${nullable ? `${sorted} IS NULL, ` : ''}${sorted} ${direction}, ${id} ${direction}`;
}

/** Given the sorted variable, its possible labels and the ordering, returns what the list is sorted by. */
function sortOf(variable: string, labels: readonly Label[], orderBy: Ordering): SortSpec {
  return { sorted: `${variable}.${orderBy.property}`, id: `${variable}.id`, nullable: !alwaysSet(labels, orderBy.property), direction: orderBy.direction };
}

/**
 * Given a one-hop relation path and an ordering by a property of its relationship, returns what its pages are sorted
 * by (`r.position`); refuses a longer path or a property the relationship type does not carry.
 */
function edgeSort(path: RelationPath, orderBy: Ordering, single: boolean): SortSpec {
  const [step] = path;
  const spec = step ? (RELATIONSHIPS[step.type].properties as Record<string, PropertySpec>)[orderBy.property] : undefined;
  if (!single || !spec) throw new Error(`a relation is sorted by a property of its one relationship: ${orderBy.property} is not one here`);
  return { sorted: `r.${orderBy.property}`, id: 'm.id', nullable: !spec.required, direction: orderBy.direction };
}

/**
 * Given a label, filter, ordering, the previous page's end and a page size, returns the statement listing that page.
 * Nodes without the sort property come last in either direction, and the keyset condition keeps paging through them.
 */
export function listNodes(options: {
  label: Label;
  where?: Condition;
  orderBy: Ordering;
  after?: Keyset;
  limit: number;
  /** Read as of this date: only what is known by then (`KNOWN_FROM`). */
  asOf?: string;
}): Statement {
  const { label, where, orderBy, after, limit } = options;
  assertLabel(label);
  assertProperty(label, orderBy.property);
  const scope = new Scope(options.asOf);
  const keyset = keysetAfter(sortOf('n', [label], orderBy), after, scope);
  const match = head(label, where, scope, keyset ? [keyset] : []);
  const limitParam = scope.param(int(limit));
  return {
    name: `list-${label}`,
    // Sorted and cut before the projection: the embedded engine would otherwise copy every matching node's
    // properties before sorting (docs/engines.md).
    text: `${match}\nWITH n\nORDER BY ${sortKeys(sortOf('n', [label], orderBy))}\nLIMIT ${limitParam}\nRETURN n {.*} AS node\nORDER BY ${sortKeys(sortOf('n', [label], orderBy))}`,
    params: scope.params,
  };
}

/** Given a label, returns the statement that loads the nodes whose ids are in `$ids` as `{ node }` rows. */
export function findNodes(label: Label): Statement {
  assertLabel(label);
  return { name: `find-${label}`, text: `MATCH (n:${label})\nWHERE n.id IN $ids\nRETURN n {.*} AS node`, params: {} };
}

/**
 * Returns the statement that loads the nodes whose ids are in `$ids`, whatever their label, as `{ label, node }`
 * rows: one indexed lookup per label, so it stays cheap however large the graph.
 */
export function findNodesAnywhere(): Statement {
  const parts = LABELS.map((label) => `  MATCH (n:${label})\n  WHERE n.id IN $ids\n  RETURN n, '${label}' AS label`);
  return { name: 'find-nodes-anywhere', text: `CALL () {\n${parts.join('\n  UNION ALL\n')}\n}\nRETURN label, n {.*} AS node`, params: {} };
}

/**
 * Returns the statement telling whether the graph holds any node of its labels, as `{ nodes }` (0 when empty): at
 * most one indexed-label lookup per label, so a large or shared database is not scanned.
 */
export function anyNodeOfTheGraph(): Statement {
  const parts = LABELS.map((label) => `  MATCH (n:${label})\n  RETURN n\n  LIMIT 1`);
  return { name: 'any-node-of-the-graph', text: `CALL () {\n${parts.join('\n  UNION ALL\n')}\n}\nRETURN count(n) AS nodes`, params: {} };
}

/** Given a label and an optional filter, returns the statement counting the matching nodes. */
export function countNodes(options: { label: Label; where?: Condition; asOf?: string }): Statement {
  const scope = new Scope(options.asOf);
  const match = head(options.label, options.where, scope);
  return { name: `count-${options.label}`, text: `${match}\nRETURN count(n) AS totalCount`, params: scope.params };
}

/** One hop that may end at any of several labels, for fields that reach more than one type (Claim.about, Source.citedBy). */
export interface AnyOfStep {
  type: RelationshipType;
  direction: 'OUT' | 'IN';
  labels: readonly Label[];
}

/** What a nested list follows from its parent: a path of steps, or one hop that may end at several labels. */
export type RelationPath = PathStep[] | [AnyOfStep];

/** A relation path written out: its pattern from `n`, the variable at its end, and what the end may be. */
interface Walk {
  /** Given a name for the relationship of a single hop (or none), returns the pattern from `(n)`; a single hop ends at `m`. */
  pattern: (relationship: string) => string;
  end: string;
  labels: readonly Label[];
  /** One hop: a row per relationship, which carries the edge's properties. Longer paths: one row per distinct end node. */
  single: boolean;
  /** A condition on the end's label, when it may have several. */
  labelFilter?: string;
  name: string;
  /**
   * Given the relationship's name in the pattern (a single hop, which a statement read as of a date must name), returns
   * the filters keeping only what is known by that date: none otherwise.
   */
  known: (relationship: string) => string[];
}

function isAnyOf(step: PathStep | AnyOfStep): step is AnyOfStep {
  return 'labels' in step;
}

/** Given a start label and a relation path, checks every step against the graph schema and returns the pattern. */
function walk(label: Label, path: RelationPath, scope: Scope): Walk {
  assertLabel(label);
  const [first] = path;
  if (!first) throw new QueryBuilderError('a relation path needs at least one step');
  const arrow = (step: { type: string; direction: 'OUT' | 'IN' }, relationship: string) =>
    step.direction === 'OUT' ? `-[${relationship}:${step.type}]->` : `<-[${relationship}:${step.type}]-`;
  if (isAnyOf(first)) {
    if (path.length !== 1) throw new QueryBuilderError(`${first.type} to several labels must be the only step of its path`);
    if (first.labels.length === 0) throw new QueryBuilderError(`${first.type} needs at least one label at its end`);
    for (const end of first.labels) assertStep(label, { type: first.type, direction: first.direction, label: end });
    return {
      pattern: (relationship) => `(n)${arrow(first, relationship)}(m)`,
      end: 'm',
      labels: first.labels,
      single: true,
      labelFilter: `(${first.labels.map((end) => `m:${end}`).join(' OR ')})`,
      name: `${first.direction === 'OUT' ? '' : '~'}${first.type}:${first.labels.join('|')}`,
      known: (relationship) => [...(TIMELESS_RELATIONSHIPS.includes(first.type) ? [] : scope.known(relationship)), ...scope.known('m', first.labels)],
    };
  }
  const steps = path as PathStep[];
  const name = steps.map((step) => `${step.direction === 'OUT' ? '' : '~'}${step.type}${step.hops ?? ''}:${step.label}`).join('.');
  if (steps.length === 1 && !first.hops) {
    assertStep(label, first);
    return {
      pattern: (relationship) => `(n)${arrow(first, relationship)}(m:${first.label})`,
      end: 'm',
      labels: [first.label],
      single: true,
      name,
      known: (relationship) => [...(TIMELESS_RELATIONSHIPS.includes(first.type) ? [] : scope.known(relationship)), ...scope.known('m', [first.label])],
    };
  }
  const walked = pattern('n', label, steps, scope);
  return { pattern: () => walked.text, end: walked.end, labels: [walked.endLabel], single: false, name, known: () => walked.filters };
}

/** Given the walked relation, returns the `CASE` that names the end node's label, when it may have several. */
function labelColumn(walked: Walk): string {
  if (!walked.labelFilter) return '';
  return `, CASE ${walked.labels.map((end) => `WHEN m:${end} THEN '${end}'`).join(' ')} END AS label`;
}

/**
 * Given a start label, a relation path, an ordering, the previous page's end and a page size, returns the statement
 * that loads, for a batch of start ids (`$ids`), one page of the nodes at the end of the path per start node, as
 * `{ key, node, edge }` rows (`edge` holds the relationship's properties on a one-hop path, and a `label` column names
 * the end's label when it may have several): one round trip for all the parents a DataLoader batches, each start
 * node found by its indexed id, the page cut per start node by a `LIMIT` inside `CALL`.
 */
export function relatedNodes(options: { label: Label; path: RelationPath; orderBy: Ordering; after?: Keyset; limit: number; asOf?: string }): Statement {
  const { label, path, orderBy, after, limit } = options;
  const scope = new Scope(options.asOf);
  const walked = walk(label, path, scope);
  const sort = orderBy.edge ? edgeSort(path, orderBy, walked.single) : sortOf('m', walked.labels, orderBy);
  if (!orderBy.edge) for (const end of walked.labels) assertProperty(end, orderBy.property);
  const keyset = keysetAfter(sort, after, scope);
  const filters = [walked.labelFilter, keyset].filter((filter): filter is string => filter !== undefined);
  const where = (list: string[]) => (list.length ? [`  WHERE ${list.join(' AND ')}`] : []);
  const body = walked.single
    ? [`  MATCH ${walked.pattern('r')}`, ...where([...walked.known('r'), ...filters]), '  RETURN m, r']
    : [`  MATCH ${walked.pattern('')}`, ...where(walked.known('')), `  WITH DISTINCT ${walked.end} AS m`, ...where(filters), '  RETURN m'];
  const limitParam = scope.param(int(limit));
  const text = [
    'UNWIND $ids AS key',
    `MATCH (n:${label} {id: key})`,
    'CALL (n) {',
    ...body,
    `  ORDER BY ${sortKeys(sort)}`,
    `  LIMIT ${limitParam}`,
    '}',
    `RETURN key, m {.*} AS node, ${walked.single ? 'properties(r)' : 'null'} AS edge${labelColumn(walked)}`,
    // Rows come out of CALL in its order already; sorting them again (a page per parent, so cheap) says so in Cypher.
    `ORDER BY key, ${sortKeys(sort)}`,
  ].join('\n');
  return { name: `related-${label}.${walked.name}`, text, params: scope.params };
}

/**
 * Given a start label and a relation path, returns the statement that counts, for a batch of start ids (`$ids`), the
 * items `relatedNodes` pages through, as `{ key, totalCount }` rows: no row is loaded, only counted.
 */
export function countRelatedNodes(options: { label: Label; path: RelationPath; asOf?: string }): Statement {
  const scope = new Scope(options.asOf);
  const walked = walk(options.label, options.path, scope);
  const start = ['UNWIND $ids AS key', `MATCH (n:${options.label} {id: key})`];
  // A one-hop pattern counts one item per relationship, as the list returns one row per relationship; a longer path
  // counts distinct end nodes. Grafeo refuses a RETURN inside COUNT { }, so the distinct count is a CALL.
  // Read as of a date, a single hop's relationship is named so that its date can be compared.
  const relationship = scope.asOf ? 'r' : '';
  const where = (list: string[]) => (list.length ? ` WHERE ${list.join(' AND ')}` : '');
  const text = walked.single
    ? [...start, `RETURN key, COUNT { MATCH ${walked.pattern(relationship)}${where([...(walked.labelFilter ? [walked.labelFilter] : []), ...walked.known(relationship)])} } AS totalCount`]
    : [...start, 'CALL (n) {', `  MATCH ${walked.pattern('')}${where(walked.known(''))}`, `  RETURN count(DISTINCT ${walked.end}) AS totalCount`, '}', 'RETURN key, totalCount'];
  return { name: `count-related-${options.label}.${walked.name}`, text: text.join('\n'), params: scope.params };
}

/** Given a label, returns the statement that upserts `$rows` of `{ id, properties }` by id, stamping `$now`. */
export function upsertNodes(label: Label): Statement {
  assertLabel(label);
  return {
    name: `upsert-${label}`,
    text: [
      'UNWIND $rows AS row',
      `MERGE (n:${label} {id: row.id})`,
      'ON CREATE SET n.createdAt = $now',
      'SET n += row.properties, n.updatedAt = $now',
      'RETURN count(n) AS written',
    ].join('\n'),
    params: {},
  };
}

/** Given a searchable label, returns the statement that sets `$rows` of `{ id, text }` as the nodes' search terms (no other property, no timestamp). */
export function setSearchText(label: SearchableLabel): Statement {
  assertLabel(label);
  return {
    name: `set-search-text-${label}`,
    text: ['UNWIND $rows AS row', `MATCH (n:${label} {id: row.id})`, `SET n.${SEARCH_TEXT} = row.text`, 'RETURN count(n) AS written'].join('\n'),
    params: {},
  };
}

/** Given a relationship type and its endpoint labels, returns the statement that merges `$rows` of `{ from, to, properties }`. */
export function linkNodes(type: RelationshipType, from: Label, to: Label): Statement {
  assertStep(from, { type, direction: 'OUT', label: to });
  return {
    name: `link-${from}-${type}-${to}`,
    text: [
      'UNWIND $rows AS row',
      `MATCH (a:${from} {id: row.from}), (b:${to} {id: row.to})`,
      `MERGE (a)-[r:${type}]->(b)`,
      'SET r += row.properties',
      // Known from the earliest dated bundle that wrote it: an undated one (row.knownFrom null) leaves it as it is.
      `SET r.${KNOWN_FROM} = CASE WHEN row.knownFrom IS NOT NULL AND (r.${KNOWN_FROM} IS NULL OR row.knownFrom < r.${KNOWN_FROM}) THEN row.knownFrom ELSE r.${KNOWN_FROM} END`,
      'RETURN count(r) AS linked',
    ].join('\n'),
    params: {},
  };
}

/**
 * Given a label, returns the statement that derives `knownFrom` for `$ids` of it: a source's own publication date; a
 * disagreement's, the latest of its versions' sources (absent when one is undated); any other fact's, the earliest of
 * the sources citing it (absent when none of them is dated). Each row says whether the node's date `moved`.
 */
export function setKnownFrom(label: Label): Statement {
  assertLabel(label);
  // A disagreement exists once its last version is published: from the latest of its versions' dates, if all are dated.
  const derived =
    label === 'Source'
      ? ['WITH n, n.publishedOn AS known']
      : label === 'Disagreement'
        ? ['OPTIONAL MATCH (n)-[:VERSION]->(s:Source)', 'WITH n, max(s.publishedOn) AS latest, count(s) AS versions, count(s.publishedOn) AS dated', 'WITH n, CASE WHEN dated = versions THEN latest ELSE null END AS known']
        : ['OPTIONAL MATCH (n)-[:SUPPORTED_BY]->(s:Source)', 'WITH n, min(s.publishedOn) AS known'];
  const text = [
    'UNWIND $ids AS key',
    `MATCH (n:${label} {id: key})`,
    ...derived,
    `WITH n, known, coalesce(n.${KNOWN_FROM}, '') <> coalesce(known, '') AS moved`,
    `SET n.${KNOWN_FROM} = known`,
    'RETURN n.id AS id, moved',
  ];
  return { name: `set-known-from-${label}`, text: text.join('\n'), params: {} };
}

/**
 * Given a label, returns the statement of the ids of its nodes that cite one of the sources `$ids` (a disagreement:
 * that has a version from one), as `{ id }` rows: those whose `knownFrom` follows from those sources' dates.
 */
export function nodesDatedBySources(label: Label): Statement {
  assertLabel(label);
  const type = label === 'Disagreement' ? 'VERSION' : 'SUPPORTED_BY';
  return { name: `list-${label}-dated-by-sources`, text: `UNWIND $ids AS key\nMATCH (:Source {id: key})<-[:${type}]-(n:${label})\nRETURN DISTINCT n.id AS id`, params: {} };
}

/** Given a relationship type and its end labels, returns the statement removing `$rows` ({ from, to } ids) of it; a link the graph lacks is skipped. */
export function unlinkNodes(type: RelationshipType, from: Label, to: Label): Statement {
  assertStep(from, { type, direction: 'OUT', label: to });
  return {
    name: `unlink-${from}-${type}-${to}`,
    text: ['UNWIND $rows AS row', `MATCH (:${from} {id: row.from})-[r:${type}]->(:${to} {id: row.to})`, 'DELETE r', 'RETURN count(*) AS unlinked'].join('\n'),
    params: {},
  };
}

/** The stored-program properties a program filter compares, each with one of some values. */
export type ProgramKey = 'id' | 'compoundId' | 'indicationId' | 'stage';

/**
 * A condition on stored programs `p`: a property being one of some values, a designation key (`AGENCY:TYPE`) among
 * those covering it, or such conditions combined.
 */
export type ProgramPredicate =
  | { and: ProgramPredicate[] }
  | { or: ProgramPredicate[] }
  | { not: ProgramPredicate }
  | { property: ProgramKey; oneOf: readonly string[] }
  | { designations: readonly string[] };

/**
 * What a program list keeps, in stored-program terms; an absent field does not filter. The id lists and stages are
 * where a page may start from; `designations` holds `AGENCY:TYPE` keys, any of which covers a program; `also` is
 * what else must hold (the OR and NOT of a filter).
 */
export interface ProgramConditions {
  compoundIds?: readonly string[];
  programIds?: readonly string[];
  indicationIds?: readonly string[];
  stages?: readonly string[];
  designations?: readonly string[];
  also?: ProgramPredicate;
}

/** How a program list is sorted: by id, by stage in the stage order, or by its compound's or indication's name; ties by id. */
export interface ProgramOrdering {
  field: 'ID' | 'STAGE' | 'COMPOUND_NAME' | 'INDICATION_NAME';
  direction: 'ASC' | 'DESC';
}

/** Where the id lists of program conditions start a page from: the indexed property each names. */
const PROGRAM_ANCHORS = [
  ['compoundIds', 'compoundId'],
  ['programIds', 'id'],
  ['indicationIds', 'indicationId'],
] as const;

/**
 * Given values and the statement's scope, returns a parameter holding them as the keys of a map, so that
 * `coalesce($map[x], false)` tells whether x is one of them: the embedded engine compares `x IN $list` with every
 * element, 7 s for 100,000 programs against 25,000 ids, and looks a map key up at once (docs/engines.md).
 */
function memberOf(values: readonly string[], subject: string, scope: Scope): string {
  return `coalesce(${scope.param(Object.fromEntries(values.map((value) => [value, true])))}[${subject}], false)`;
}

/** Given a program predicate and the statement's scope, returns its Cypher over stored programs `p`. */
function programPredicate(predicate: ProgramPredicate, scope: Scope): string {
  if ('and' in predicate) return predicate.and.length ? `(${predicate.and.map((inner) => programPredicate(inner, scope)).join(' AND ')})` : 'true';
  if ('or' in predicate) return predicate.or.length ? `(${predicate.or.map((inner) => programPredicate(inner, scope)).join(' OR ')})` : 'false';
  if ('not' in predicate) return `(NOT ${programPredicate(predicate.not, scope)})`;
  if ('designations' in predicate) return `any(designation IN p.designations WHERE designation IN ${scope.param(predicate.designations)})`;
  return memberOf(predicate.oneOf, `p.${predicate.property}`, scope);
}

/**
 * Given program conditions and whether to start from their stages, returns how a program statement finds its first
 * programs: from each compound id (a few programs each), program id, indication id or stage, by the indexed
 * property, or from every program. The embedded engine plans `p.x IN $list` over a long list as a filter per program
 * and cannot use an index behind a `$x IS NULL OR` disjunction, so the ids are unwound one by one and absent
 * conditions are left out (docs/engines.md).
 */
function programAnchor(conditions: ProgramConditions, scope: Scope, byStage = false): { match: string; rest: ProgramConditions } {
  for (const [field, property] of PROGRAM_ANCHORS) {
    const ids = conditions[field];
    if (ids) return { match: `UNWIND ${scope.param(ids)} AS key\nMATCH (p:Program {${property}: key})\n`, rest: { ...conditions, [field]: undefined } };
  }
  if (byStage && conditions.stages) {
    return { match: `UNWIND ${scope.param(conditions.stages)} AS key\nMATCH (p:Program {stage: key})\n`, rest: { ...conditions, stages: undefined } };
  }
  return { match: 'MATCH (p:Program)\n', rest: conditions };
}

/** Given program conditions (those the anchor has not used) and extra conditions, returns the WHERE clause over stored programs `p`, or nothing. */
function programWhere(conditions: ProgramConditions, scope: Scope, extra: string[] = []): string {
  const parts = [
    ...PROGRAM_ANCHORS.map(([field, property]) => conditions[field] && memberOf(conditions[field], `p.${property}`, scope)),
    conditions.stages && `p.stage IN ${scope.param(conditions.stages)}`,
    conditions.designations && `any(designation IN p.designations WHERE designation IN ${scope.param(conditions.designations)})`,
    conditions.also && programPredicate(conditions.also, scope),
    ...extra,
  ].filter((part): part is string => Boolean(part));
  return parts.length ? `WHERE ${parts.join('\n  AND ')}\n` : '';
}

/** Given program conditions, tells whether they name compounds, programs or indications: a list found from those ids rather than by walking buckets. */
export function programsAnchored(conditions: ProgramConditions): boolean {
  return PROGRAM_ANCHORS.some(([field]) => conditions[field] !== undefined);
}

/** Given a program ordering other than by id and the statement's scope, returns the expression a program is sorted by (a stage outside the order: null). */
function programSortKey(by: Exclude<ProgramOrdering['field'], 'ID'>, scope: Scope): string {
  if (by === 'STAGE') return `${scope.param(Object.fromEntries(STAGES.map((stage, rank) => [stage, rank])))}[p.stage]`;
  return by === 'COMPOUND_NAME' ? 'c.name' : 'i.name';
}

/** What a sorted program page reads: the program and its compound and indication, projected as the API returns them. */
const PROGRAM_RETURN = 'RETURN p.id AS id, p.stage AS stage, p.historySince AS historySince, p.historyStages AS historyStages, p.historyDesignations AS historyDesignations, c {.*} AS compound, i {.*} AS indication';

/**
 * Given program conditions, the program id the previous page ended at, a page size and either whether to start from
 * the stages (a rare stage) or, for a walk in id order, how many program buckets to read (`'all'`: every one past
 * the cursor), returns the page's statement, sorted by id. Without `buckets` the programs are found from the
 * compound, program, indication or stage ids of the conditions and sorted; with it the statement reads the next
 * buckets by their indexed ids and filters their programs, so a page costs its buckets, not every program
 * (ingest/programs.ts); each row then tells how many buckets were read (`walked`).
 */
export function listPrograms(options: { where: ProgramConditions; after?: string; limit: number; buckets?: number | 'all'; byStage?: boolean }): Statement {
  const scope = new Scope();
  const after = options.after === undefined ? undefined : scope.param(options.after);
  const keyset = after ? [`p.id > ${after}`] : [];
  const { buckets } = options;
  let start: string;
  let rest = options.where;
  if (buckets === undefined) {
    ({ match: start, rest } = programAnchor(options.where, scope, options.byStage));
  } else {
    start =
      `MATCH (b:ProgramBucket)\n${after ? `WHERE b.last > ${after}\n` : ''}WITH b\nORDER BY b.first\n` +
      `${buckets === 'all' ? '' : `LIMIT ${scope.param(int(buckets))}\n`}WITH collect(b) AS walked\nUNWIND walked AS b\nMATCH (p:Program {bucket: b.id})\n`;
  }
  const carried = buckets === undefined ? '' : ', size(walked) AS walked';
  const text =
    `${start}${programWhere(rest, scope, keyset)}WITH p${carried}\nORDER BY p.id\nLIMIT ${scope.param(int(options.limit))}\n` +
    'MATCH (c:Compound {id: p.compoundId})\nMATCH (i:Indication {id: p.indicationId})\n' +
    `${PROGRAM_RETURN}${buckets === undefined ? '' : ', walked'}\nORDER BY id`;
  return { name: buckets === undefined ? 'program/list-programs' : 'program/list-programs-by-bucket-walk', text, params: scope.params };
}

/**
 * Given program conditions, an ordering, where the previous page ended (the sort key's value and the program id) and
 * a page size, returns the statement of a page sorted other than by id ascending: every matching program is found
 * (from the conditions' ids or stages when they give some) and sorted by its key, then by id in the same direction;
 * programs at a stage outside the order come last either way. Each row carries its `key`.
 */
export function listSortedPrograms(options: { where: ProgramConditions; orderBy: ProgramOrdering; after?: Keyset; limit: number }): Statement {
  const { orderBy, after } = options;
  const scope = new Scope();
  const { match, rest } = programAnchor(options.where, scope, true);
  const key = orderBy.field === 'ID' ? 'p.id' : programSortKey(orderBy.field, scope);
  const keyset = keysetAfter({ sorted: 'key', id: 'p.id', nullable: orderBy.field === 'STAGE', direction: orderBy.direction }, after, scope);
  const keys = sortKeys({ sorted: 'key', id: 'p.id', nullable: orderBy.field === 'STAGE', direction: orderBy.direction });
  const text =
    `${match}${programWhere(rest, scope)}` +
    `${orderBy.field === 'COMPOUND_NAME' ? 'MATCH (c:Compound {id: p.compoundId})\n' : ''}${orderBy.field === 'INDICATION_NAME' ? 'MATCH (i:Indication {id: p.indicationId})\n' : ''}` +
    `WITH p, ${key} AS key\n${keyset ? `WHERE ${keyset}\n` : ''}ORDER BY ${keys}\nLIMIT ${scope.param(int(options.limit))}\n` +
    'MATCH (c:Compound {id: p.compoundId})\nMATCH (i:Indication {id: p.indicationId})\n' +
    `${PROGRAM_RETURN}, key\nORDER BY ${keys.replaceAll('p.id', 'id')}`;
  return { name: 'program/list-sorted-programs', text, params: scope.params };
}

/**
 * Given a date, optionally the program property and ids a filter anchors on (a compound's, an indication's, a
 * program's), and the name a list is sorted by if any, returns the statement of every program known as of that date
 * (`knownFrom` on or before it) with its history, as `{ program, name }` rows (`name`: its compound's or indication's
 * name, null when not sorted by one). Which of them match a filter, and their order, follow from their stage and
 * designations as of that date, worked out by the caller, which reads the compound and indication of a page only.
 */
export function listProgramsAsOf(options: { asOf: string; anchor?: { property: 'id' | 'compoundId' | 'indicationId'; ids: readonly string[] }; sortedBy?: 'COMPOUND_NAME' | 'INDICATION_NAME' }): Statement {
  const scope = new Scope();
  const { anchor, sortedBy } = options;
  const match = anchor ? `UNWIND ${scope.param(anchor.ids)} AS key\nMATCH (p:Program {${anchor.property}: key})\n` : 'MATCH (p:Program)\n';
  const named = sortedBy === 'COMPOUND_NAME' ? 'MATCH (c:Compound {id: p.compoundId})\n' : sortedBy === 'INDICATION_NAME' ? 'MATCH (i:Indication {id: p.indicationId})\n' : '';
  const name = sortedBy === 'COMPOUND_NAME' ? 'c.name' : sortedBy === 'INDICATION_NAME' ? 'i.name' : 'null';
  const text =
    `${match}WHERE p.${KNOWN_FROM} <= ${scope.param(options.asOf)}\n${named}` +
    `RETURN p {.id, .compoundId, .indicationId, .historySince, .historyStages, .historyDesignations} AS program, ${name} AS name`;
  return { name: anchor ? 'program/list-programs-as-of-by-key' : 'program/list-programs-as-of', text, params: scope.params };
}

/**
 * Given program conditions, returns the statement counting the programs listPrograms pages through, from the same
 * ids, without loading them. (A count by stage alone reads the per-stage counts instead: `list-program-counts`.)
 */
export function countPrograms(options: { where: ProgramConditions }): Statement {
  const scope = new Scope();
  const { match, rest } = programAnchor(options.where, scope, true);
  return { name: 'program/count-programs', text: `${match}${programWhere(rest, scope)}RETURN count(p) AS totalCount`, params: scope.params };
}

/**
 * Given a Trial condition, returns the statement of the ids of the programs those trials stand behind, as `{ ids }`:
 * for each matching trial, its compound in each indication it studies and every indication above (a program's
 * trials are those evaluating its compound in its indication or a subtype). Some ids name no program (an indication
 * above a studied one where the compound has none); they match nothing.
 */
export function programIdsOfTrials(where: Condition | undefined, asOf?: string): Statement {
  const scope = new Scope(asOf);
  // Read as of a date, the relationships are named so that their dates can be compared.
  const [e, r] = scope.asOf ? ['e', 'r'] : ['', ''];
  const known = [...scope.known('e'), ...scope.known('c', ['Compound']), ...scope.known('r')];
  const text =
    `${head('Trial', where, scope)}\nMATCH (n)-[${e}:EVALUATES]->(c:Compound)\nMATCH (n)-[${r}:STUDIES]->(:Indication)-[:SUBTYPE_OF*0..]->(i:Indication)\n` +
    `${known.length ? `WHERE ${known.join(' AND ')}\n` : ''}RETURN collect(DISTINCT c.id + '@' + i.id) AS ids`;
  return { name: 'program/list-program-ids-by-trial', text, params: scope.params };
}

/** Given a label, a condition on it and a path from it, returns the statement of the ids of the nodes at the path's end from the matching nodes, as `{ ids }`. */
export function relatedIds(options: { label: Label; where?: Condition; path: PathStep[]; asOf?: string }): Statement {
  const scope = new Scope(options.asOf);
  const path = pattern('n', options.label, options.path, scope);
  const known = path.filters.length ? `\nWHERE ${path.filters.join(' AND ')}` : '';
  return { name: `list-${options.label}-related-ids`, text: `${head(options.label, options.where, scope)}\nMATCH ${path.text}${known}\nRETURN collect(DISTINCT ${path.end}.id) AS ids`, params: scope.params };
}
