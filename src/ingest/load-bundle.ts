import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Executor, findNodes, findNodesAnywhere, int, isSearchable, KNOWN_FROM, type Label, LABELS, linkNodes, NODE_PROPERTIES, type PropertySpec, type RelationshipType, type RunInTransaction, SEARCH_TEXT, searchTextOf, setKnownFrom, nodesDatedBySources, setSearchText, unlinkNodes, upsertNodes } from '../store/index.js';
import { batches } from './batches.js';
import { type Bundle, type BundleNode, type BundleProblem, mentionedIds, validateBundle } from './bundle.js';
import { compoundsTouched, lockDerivation, newSubtypeLinks, type ProgramChanges, type ProgramInputs, recordLoad, refreshPrograms } from './programs.js';
import { termsToWrite } from './search-text.js';
import { statement } from './statements.js';

/** A bundle was refused before anything was written; `problems` names each record and field. */
export class BundleInvalidError extends Error {
  readonly code = 'BAD_USER_INPUT';
  constructor(
    readonly bundleName: string,
    readonly problems: BundleProblem[],
  ) {
    super(
      `bundle ${bundleName} refused, nothing written:\n${problems
        .map((problem) => `  - ${problem.record}${problem.field ? ` ${problem.field}` : ''}: ${problem.message}`)
        .join('\n')}`,
    );
    this.name = 'BundleInvalidError';
  }
}

/**
 * What an import did: nodes created or changed, nodes already as the bundle has them, relationships merged and
 * removed, and the stored programs it wrote or deleted.
 */
export interface LoadSummary {
  bundle: string;
  nodesWritten: number;
  nodesUnchanged: number;
  relationships: number;
  unlinked: number;
  programs: ProgramChanges;
}

function sameValue(left: unknown, right: unknown): boolean {
  if (Array.isArray(left) && Array.isArray(right)) {
    return left.length === right.length && left.every((item, index) => sameValue(item, right[index]));
  }
  return left === right;
}

/**
 * Given a bundle node and the stored node, returns the properties to write, or undefined when nothing changed.
 * Only the properties the bundle names are compared: another source's properties of the same node stay.
 */
function changes(node: BundleNode, stored: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  const update: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node.properties)) {
    if (!sameValue(value ?? null, stored?.[key] ?? null)) update[key] = value;
  }
  return Object.keys(update).length || !stored ? update : undefined;
}

/**
 * Given a transaction, a label, the bundle's nodes of it and the time, writes those whose properties changed (with
 * their search terms when search covers the label); returns their ids. A node whose properties are unchanged but whose
 * stored terms are not the rule's (a store written by an older release meanwhile) gets its terms alone: no timestamp,
 * not counted as written.
 */
async function writeNodes(run: RunInTransaction, label: Label, nodes: BundleNode[], now: string, newDate: (node: BundleNode) => string | null): Promise<string[]> {
  const stored = new Map<string, Record<string, unknown>>();
  for (const ids of batches(nodes.map((node) => node.id))) {
    for (const row of await run({ ...findNodes(label), params: { ids } })) {
      const node = row.node as Record<string, unknown>;
      stored.set(node.id as string, node);
    }
  }
  const specs: Record<string, PropertySpec | undefined> = NODE_PROPERTIES[label];
  const rows: { id: string; properties: Record<string, unknown> }[] = [];
  const unchanged: (Record<string, unknown> & { id: string })[] = [];
  for (const node of nodes) {
    const before = stored.get(node.id);
    const properties = changes(node, before);
    if (!properties) {
      unchanged.push({ ...before, id: node.id });
      continue;
    }
    const typed = Object.entries(properties).map(([key, value]) => [key, specs[key]?.type.kind === 'integer' && typeof value === 'number' ? int(value) : value]);
    const terms = isSearchable(label) ? { [SEARCH_TEXT]: searchTextOf(label, { ...before, ...properties }) } : {};
    // A new node's date follows from its bundle alone; a stored one's is derived again once its citations are linked.
    const known = before ? null : newDate(node);
    rows.push({ id: node.id, properties: { ...Object.fromEntries(typed), ...terms, ...(known ? { [KNOWN_FROM]: known } : {}) } });
  }
  for (const batch of batches(rows)) await run({ ...upsertNodes(label), params: { rows: batch, now } });
  if (isSearchable(label)) {
    for (const batch of batches(termsToWrite(label, unchanged))) await run({ ...setSearchText(label), params: { rows: batch } });
  }
  return rows.map((row) => row.id);
}

/** Relationship types whose endpoints' programs a new link can change. */
const PROGRAM_LINKS: ReadonlySet<RelationshipType> = new Set(['EVALUATES', 'STUDIES', 'DEVELOPED_FOR', 'HAS_DESIGNATION', 'FOR_INDICATION']);

/**
 * Given a bundle, the ids of the nodes written, the subtype links it added or removed and the facts whose date moved,
 * returns the ids whose programs the write can change: written or redated compounds, trials and designations, the
 * compounds, trials and designations at either end of a link (added or removed) that derives programs, and the
 * indications placed under another or taken from under it.
 */
function programInputs(bundle: Bundle, written: ReadonlySet<string>, changedSubtypes: { from: string }[], redated: ReadonlyMap<Label, readonly string[]>): ProgramInputs {
  const byLabel: Record<'Compound' | 'Trial' | 'Designation', Set<string>> = { Compound: new Set(), Trial: new Set(), Designation: new Set() };
  // A fact whose date moved changes the history of the programs it takes part in.
  for (const label of ['Compound', 'Trial', 'Designation'] as const) for (const id of redated.get(label) ?? []) byLabel[label].add(id);
  const add = (id: string) => {
    const label = bundle.labels.get(id);
    if (label === 'Compound' || label === 'Trial' || label === 'Designation') byLabel[label].add(id);
  };
  for (const node of bundle.nodes) if (written.has(node.id)) add(node.id);
  for (const relationship of [...bundle.relationships, ...bundle.unlink]) {
    if (!PROGRAM_LINKS.has(relationship.type)) continue;
    add(relationship.from);
    add(relationship.to);
  }
  return {
    compoundIds: [...byLabel.Compound],
    trialIds: [...byLabel.Trial],
    designationIds: [...byLabel.Designation],
    indicationIds: [...new Set(changedSubtypes.map((link) => link.from))],
  };
}

/** One statement's worth of relationships: a type, its end labels, and the rows to link or unlink. */
interface RelationshipGroup<Row> {
  type: RelationshipType;
  from: Label;
  to: Label;
  rows: Row[];
}

/** Given the labels of a bundle's ids and relationships with their rows, returns them grouped by type and end labels. */
function groupByEnds<Row extends { from: string; to: string }>(labels: ReadonlyMap<string, Label>, relationships: Iterable<{ type: RelationshipType; row: Row }>): RelationshipGroup<Row>[] {
  const groups = new Map<string, RelationshipGroup<Row>>();
  for (const { type, row } of relationships) {
    const from = labels.get(row.from) as Label;
    const to = labels.get(row.to) as Label;
    const key = `${from}-${type}-${to}`;
    const group = groups.get(key) ?? { type, from, to, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Given a bundle and its date, returns its relationships plus one SUPPORTED_BY per cited source, grouped by type and end labels. */
function relationshipGroups(bundle: Bundle, knownFrom: string | null) {
  const citations = bundle.nodes.flatMap((node) => {
    const locators = new Map<string, string[]>();
    for (const citation of node.citations) locators.set(citation.source, [...(locators.get(citation.source) ?? []), citation.locator]);
    return [...locators].map(([source, list]) => ({ type: 'SUPPORTED_BY' as const, row: { from: node.id, to: source, properties: { locators: list }, knownFrom } }));
  });
  const links = bundle.relationships.map(({ type, from, to, properties }) => ({ type, row: { from, to, properties, knownFrom } }));
  return groupByEnds(bundle.labels, [...links, ...citations]);
}

/** Given a bundle, returns the relationships it removes, grouped by type and end labels. */
function unlinkGroups(bundle: Bundle) {
  return groupByEnds(bundle.labels, bundle.unlink.map(({ type, from, to }) => ({ type, row: { from, to } })));
}

/** A node the graph already holds: its label and its stored properties. */
interface StoredNode {
  label: Label;
  node: Record<string, unknown>;
}

/** Given ids, returns those the graph already holds, with their labels and properties, read in the transaction that will write. */
async function storedNodes(run: RunInTransaction, ids: string[]): Promise<Map<string, StoredNode>> {
  const stored = new Map<string, StoredNode>();
  for (const batch of batches(ids)) {
    for (const row of await run({ ...findNodesAnywhere(), params: { ids: batch } })) {
      const node = row.node as Record<string, unknown> & { id: string };
      stored.set(node.id, { label: row.label as Label, node });
    }
  }
  return stored;
}

/**
 * Given a bundle and the nodes it names that the graph holds, returns the publication date (null: undated) of every
 * source the bundle gives or cites or takes a disagreement's version from (as the bundle gives it, or as the graph
 * holds it), and the ids of those it cites or takes a version from.
 */
function sourceDates(bundle: Bundle, stored: ReadonlyMap<string, StoredNode>): { dates: Map<string, string | null>; cited: Set<string> } {
  const cited = new Set([...bundle.nodes.flatMap((node) => node.citations.map((citation) => citation.source)), ...bundle.relationships.filter((link) => link.type === 'VERSION').map((link) => link.to)]);
  const dates = new Map<string, string | null>();
  for (const node of bundle.nodes) {
    if (node.label === 'Source' && Object.hasOwn(node.properties, 'publishedOn')) dates.set(node.id, typeof node.properties.publishedOn === 'string' ? node.properties.publishedOn : null);
  }
  for (const id of cited) {
    const publishedOn = stored.get(id)?.node.publishedOn;
    if (!dates.has(id)) dates.set(id, typeof publishedOn === 'string' ? publishedOn : null);
  }
  return { dates, cited };
}

/** Given dates (null: undated), returns the earliest, or null when none is a date. */
function earliest(dates: Iterable<string | null | undefined>): string | null {
  let first: string | null = null;
  for (const date of dates) if (typeof date === 'string' && (first === null || date < first)) first = date;
  return first;
}

/**
 * Given a node the graph does not hold yet, its bundle and the dates of the sources the bundle cites, returns its
 * `knownFrom` as `setKnownFrom` would derive it: all it rests on is in the bundle, so no statement is needed.
 */
function newNodeDate(node: BundleNode, bundle: Bundle, dates: ReadonlyMap<string, string | null>): string | null {
  if (node.label === 'Source') return typeof node.properties.publishedOn === 'string' ? node.properties.publishedOn : null;
  if (node.label === 'Disagreement') {
    const versions = bundle.relationships.filter((link) => link.type === 'VERSION' && link.from === node.id).map((link) => dates.get(link.to) ?? null);
    return versions.length && versions.every((date) => date !== null) ? (versions as string[]).reduce((latest, date) => (date > latest ? date : latest)) : null;
  }
  return earliest(node.citations.map((citation) => dates.get(citation.source)));
}

/**
 * Given the transaction writing a bundle and the nodes it names that the graph held before, derives `knownFrom` again
 * for those of them the bundle gives (the nodes it creates got theirs when written: `newNodeDate`) and, when the date
 * of a source the graph held moved (a corrected publication date), for every fact citing it; returns the ids whose
 * date moved, by label. A relationship keeps the earliest date a bundle gave it: a source's date corrected later does
 * not move the relationships its bundles wrote (docs/ARCHITECTURE.md, the time model).
 */
async function dateNodes(run: RunInTransaction, bundle: Bundle, stored: ReadonlyMap<string, StoredNode>): Promise<Map<Label, string[]>> {
  const moved = new Map<Label, string[]>();
  const date = async (label: Label, ids: readonly string[]) => {
    for (const batch of batches([...ids])) {
      for (const row of await run({ ...setKnownFrom(label), params: { ids: batch } })) {
        if (row.moved === true) moved.set(label, [...(moved.get(label) ?? []), row.id as string]);
      }
    }
  };
  for (const label of LABELS) await date(label, bundle.nodes.filter((node) => node.label === label && stored.has(node.id)).map((node) => node.id));
  // A disagreement given a version, or losing one, without being restated.
  const given = new Set(bundle.nodes.map((node) => node.id));
  const versioned = [...bundle.relationships, ...bundle.unlink].filter((link) => link.type === 'VERSION' && stored.has(link.from) && !given.has(link.from)).map((link) => link.from);
  await date('Disagreement', [...new Set(versioned)]);
  const sources = (moved.get('Source') ?? []).filter((id) => stored.has(id));
  if (sources.length) {
    for (const label of LABELS.filter((each) => each !== 'Source')) {
      const citing = new Set<string>();
      for (const batch of batches(sources)) for (const row of await run({ ...nodesDatedBySources(label), params: { ids: batch } })) citing.add(row.id as string);
      await date(label, [...citing]);
    }
  }
  return moved;
}

/**
 * Given an executor and parsed bundle JSON, validates it against itself and the graph and writes it, all in one
 * write transaction of statements of at most 2,000 rows each: a refused bundle (every problem named) or a failed
 * write leaves the store as it was. The programs of every compound the bundle can change are derived again in the
 * same transaction (programs.ts), and the data version goes up by one (recordLoad).
 * Idempotent: a node whose properties already match is not touched, so loading twice changes no count, property
 * or timestamp of the graph's nodes (only the data version moves).
 */
export async function loadBundle(executor: Executor, raw: unknown, now = new Date().toISOString()): Promise<LoadSummary> {
  return executor.transaction('WRITE', async (run) => {
    await lockDerivation(run);
    const stored = await storedNodes(run, mentionedIds(raw));
    const validation = validateBundle(raw, new Map([...stored].map(([id, { label }]) => [id, label])));
    if (!validation.ok) {
      const name = typeof (raw as { bundle?: unknown })?.bundle === 'string' ? (raw as { bundle: string }).bundle : 'bundle';
      throw new BundleInvalidError(name, validation.problems);
    }
    const bundle = validation.bundle;
    const written = new Set<string>();
    const { dates, cited } = sourceDates(bundle, stored);
    for (const label of LABELS) {
      const nodes = bundle.nodes.filter((node) => node.label === label);
      if (nodes.length) for (const id of await writeNodes(run, label, nodes, now, (node) => newNodeDate(node, bundle, dates))) written.add(id);
    }
    const subtypeLinks = bundle.relationships.filter((relationship) => relationship.type === 'SUBTYPE_OF');
    const newSubtypes = subtypeLinks.length ? await newSubtypeLinks(run, subtypeLinks) : [];
    let relationships = 0;
    // The bundle's relationships are known from its date: the earliest of the sources it cites.
    for (const group of relationshipGroups(bundle, earliest([...cited].map((id) => dates.get(id))))) {
      for (const batch of batches(group.rows)) {
        const [row] = await run({ ...linkNodes(group.type, group.from, group.to), params: { rows: batch } });
        const linked = Number(row?.linked ?? 0);
        if (linked !== batch.length) {
          throw new Error(`invariant: ${batch.length} ${group.type} relationship(s) validated, ${linked} linked; the transaction is rolled back`);
        }
        relationships += linked;
      }
    }
    let unlinked = 0;
    for (const group of unlinkGroups(bundle)) {
      for (const batch of batches(group.rows)) {
        const [row] = await run({ ...unlinkNodes(group.type, group.from, group.to), params: { rows: batch } });
        unlinked += Number(row?.unlinked ?? 0);
      }
    }
    const redated = await dateNodes(run, bundle, stored);
    const changedSubtypes = [...newSubtypes, ...bundle.unlink.filter((relationship) => relationship.type === 'SUBTYPE_OF')];
    const programs = await refreshPrograms(run, await compoundsTouched(run, programInputs(bundle, written, changedSubtypes, redated)));
    await recordLoad(run, now);
    await run(statement('data/record-bundle', { name: bundle.bundle, description: bundle.description || null, loadedAt: now, nodes: int(bundle.nodes.length) }));
    return { bundle: bundle.bundle, nodesWritten: written.size, nodesUnchanged: bundle.nodes.length - written.size, relationships, unlinked, programs };
  });
}

/** Given a JSON file, returns its parsed content, or throws a BundleInvalidError naming the file. */
export function readBundleFile(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new BundleInvalidError(path, [{ record: path, field: '', message: `is not readable JSON: ${(error as Error).message}` }]);
  }
}

/** Given the seeds directory, returns its bundle files in name order. */
export function seedFiles(directory: string): string[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(directory, name));
}

/**
 * Given a repository root and whether to include the program's later history, returns the seed bundles in load
 * order: those of `seeds/`, then those of `seeds/history/` (one per source document), then those of
 * `seeds/history/across-sources/` (what holds across documents: readout series, disagreements), each folder in
 * file-name order.
 */
export function seedBundleFiles(root: string, history = true): string[] {
  const later = join(root, 'seeds', 'history');
  const across = join(later, 'across-sources');
  const folders = history ? [later, across].filter((folder) => existsSync(folder)) : [];
  return [...seedFiles(join(root, 'seeds')), ...folders.flatMap(seedFiles)];
}
