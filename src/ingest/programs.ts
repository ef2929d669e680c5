import { randomUUID } from 'node:crypto';
import { BATCH, batches } from './batches.js';
import { statement } from './statements.js';
import { type Executor, int, type Row, type RunInTransaction, STAGES } from '../store/index.js';

/**
 * Programs (a compound in an indication) are derived from trials, designations and the indication hierarchy, and
 * stored as `:Program` nodes so that lists, counts and pages read them by index. Every write that can change a
 * program derives the programs of the compounds it touches again, in the same transaction.
 *
 * The store also keeps the number of programs per stage (`:ProgramCount`), so that counting all programs, or those
 * at some stages, reads a dozen nodes. Programs are also kept in id order in buckets (`:ProgramBucket`, at most 128 consecutive programs each, named by
 * the program's indexed `bucket`): the embedded engine has no ordered index scan, so a page in id order reads the
 * next few buckets by equality instead of sorting every program (docs/engines.md).
 */

/**
 * The version of the derivation rule and bookkeeping below (2: programs in id-ordered buckets, with per-stage counts;
 * 3: each program's history, its stage and designations from each date its dated facts became known);
 * stored programs of an older version are derived again at start-up.
 */
export const PROGRAM_RULE_VERSION = 3;

/** A program as stored: its id (`compound-id@indication-id`), its stage and the designations covering it (`AGENCY:TYPE`). */
export interface StoredProgram {
  id: string;
  compoundId: string;
  indicationId: string;
  stage: string;
  designations: string[];
  /**
   * Its history from its dated facts (undated ones count only for `stage` and `designations`, the program as of now):
   * from each date in `historySince` on, the stage at the same place of `historyStages` and the designations listed
   * (space-separated) at that place of `historyDesignations`; `knownFrom` is the first date, null for a program
   * only undated facts give.
   */
  knownFrom: string | null;
  historySince: string[];
  historyStages: string[];
  historyDesignations: string[];
}

/** A fact a program derives from, with the date it is known from (null: only undated sources state it). */
interface Dated {
  since: string | null;
}

/** The facts of one compound its programs derive from, as `find-program-facts-by-compound` returns them. */
interface CompoundFacts {
  developmentStatus: string | null;
  /** Per trial-studies-indication fact: the trial's phase and the indication studied. */
  studied: ({ phase: string; indicationId: string } & Dated)[];
  developedFor: ({ indicationId: string } & Dated)[];
  /** Per designation-for-indication fact: `AGENCY:TYPE` and the indication it is for. */
  designations: ({ key: string; indicationId: string } & Dated)[];
}

/** The program as some facts give it: its stage and designations. */
type Snapshot = Pick<StoredProgram, 'id' | 'compoundId' | 'indicationId' | 'stage' | 'designations'>;

/** Compounds derived per batch of statements. */
const COMPOUND_BATCH = 500;
/** A bucket holding more programs than this is split into buckets of about BUCKET_FILL (43 to 64 each). */
export const BUCKET_MAX = 128;
const BUCKET_FILL = 64;
const RANK = new Map<string, number>(STAGES.map((stage, rank) => [stage, rank]));

/**
 * Given a compound's facts and the ancestors (itself included) of every indication it is studied or developed in,
 * returns its programs as DESIGN.md defines them: one per indication a trial of it studies or its developer names;
 * the stage is the highest phase, in the stage order, among the trials studying that indication or a subtype of it
 * (PRECLINICAL for a preclinical compound without one, UNKNOWN otherwise); the designations are those for that
 * indication or a broader one.
 */
export function derivePrograms(compoundId: string, facts: CompoundFacts, ancestors: ReadonlyMap<string, readonly string[]>): StoredProgram[] {
  const history = new Map<string, { since: string; stage: string; designations: string }[]>();
  const dates = [...new Set([...facts.studied, ...facts.developedFor, ...facts.designations].flatMap((fact) => (fact.since === null ? [] : [fact.since])))].sort();
  for (const date of dates) {
    const known = <T extends Dated>(list: T[]) => list.filter((fact) => fact.since !== null && fact.since <= date);
    const asOf = { ...facts, studied: known(facts.studied), developedFor: known(facts.developedFor), designations: known(facts.designations) };
    for (const program of snapshots(compoundId, asOf, ancestors)) {
      const entries = history.get(program.id) ?? [];
      const entry = { since: date, stage: program.stage, designations: program.designations.join(' ') };
      const last = entries.at(-1);
      if (!last || last.stage !== entry.stage || last.designations !== entry.designations) entries.push(entry);
      history.set(program.id, entries);
    }
  }
  return snapshots(compoundId, facts, ancestors).map((program) => {
    const entries = history.get(program.id) ?? [];
    return {
      ...program,
      knownFrom: entries[0]?.since ?? null,
      historySince: entries.map((entry) => entry.since),
      historyStages: entries.map((entry) => entry.stage),
      historyDesignations: entries.map((entry) => entry.designations),
    };
  });
}

/** Given a compound's facts and the ancestors of its indications, returns its programs as those facts give them (`derivePrograms`). */
function snapshots(compoundId: string, facts: CompoundFacts, ancestors: ReadonlyMap<string, readonly string[]>): Snapshot[] {
  const indications = new Set([...facts.studied.map((fact) => fact.indicationId), ...facts.developedFor.map((fact) => fact.indicationId)]);
  const ranks = new Map<string, number>();
  for (const { phase, indicationId } of facts.studied) {
    const rank = RANK.get(phase);
    if (rank === undefined) continue;
    for (const ancestor of ancestors.get(indicationId) ?? [indicationId]) {
      if (rank > (ranks.get(ancestor) ?? -1)) ranks.set(ancestor, rank);
    }
  }
  return [...indications].sort().map((indicationId) => {
    const rank = ranks.get(indicationId);
    const covering = new Set(ancestors.get(indicationId) ?? [indicationId]);
    const designations = [...new Set(facts.designations.filter((fact) => covering.has(fact.indicationId)).map((fact) => fact.key))].sort();
    return {
      id: `${compoundId}@${indicationId}`,
      compoundId,
      indicationId,
      stage: rank !== undefined ? (STAGES[rank] as string) : facts.developmentStatus === 'PRECLINICAL' ? 'PRECLINICAL' : 'UNKNOWN',
      designations,
    };
  });
}

/** Given a stored list (absent when empty) and a derived one, tells whether they hold the same items in the same order. */
function sameList(stored: unknown, derived: readonly string[]): boolean {
  const list = (stored as string[] | null | undefined) ?? [];
  return list.length === derived.length && list.every((item, index) => item === derived[index]);
}

/** Given a stored program and its derivation, tells whether the store holds it as derived, in a bucket. */
function sameProgram(stored: Record<string, unknown> | undefined, derived: StoredProgram): boolean {
  return (
    stored !== undefined &&
    typeof stored.bucket === 'string' &&
    stored.stage === derived.stage &&
    stored.compoundId === derived.compoundId &&
    stored.indicationId === derived.indicationId &&
    (stored.knownFrom ?? null) === derived.knownFrom &&
    sameList(stored.designations, derived.designations) &&
    sameList(stored.historySince, derived.historySince) &&
    sameList(stored.historyStages, derived.historyStages) &&
    sameList(stored.historyDesignations, derived.historyDesignations)
  );
}

/** What deriving programs again changed. */
export interface ProgramChanges {
  written: number;
  deleted: number;
}

/**
 * Given a transaction and compound ids, derives the programs of those compounds again and stores the difference:
 * new and changed programs written, those no longer derived deleted, unchanged ones untouched. Every statement
 * starts from indexed ids and handles at most 500 compounds. The caller holds the derivation lock (lockDerivation).
 */
export async function refreshPrograms(run: RunInTransaction, compoundIds: readonly string[]): Promise<ProgramChanges> {
  const changes = { written: 0, deleted: 0 };
  for (const keys of batches([...new Set(compoundIds)], COMPOUND_BATCH)) {
    const facts = new Map<string, CompoundFacts>();
    for (const row of await run(statement('program/find-program-facts-by-compound', { keys }))) {
      const key = row.key as string;
      const entry = facts.get(key) ?? { developmentStatus: (row.developmentStatus as string | null) ?? null, studied: [], developedFor: [], designations: [] };
      const indicationId = row.indicationId as string;
      // Known when every node and relationship it rests on is: from the latest of their dates.
      const dates = row.dates as (string | null)[];
      const since = dates.some((date) => typeof date !== 'string') ? null : (dates as string[]).reduce((latest, date) => (date > latest ? date : latest));
      if (row.kind === 'TRIAL') entry.studied.push({ phase: row.value as string, indicationId, since });
      else if (row.kind === 'DEVELOPED_FOR') entry.developedFor.push({ indicationId, since });
      else entry.designations.push({ key: row.value as string, indicationId, since });
      facts.set(key, entry);
    }
    const programIndications = [...new Set([...facts.values()].flatMap((entry) => [...entry.studied, ...entry.developedFor].map((fact) => fact.indicationId)))];
    const ancestors = new Map<string, string[]>();
    for (const batch of batches(programIndications)) {
      for (const row of await run(statement('program/list-ancestors-by-indication', { keys: batch }))) ancestors.set(row.key as string, row.ancestorIds as string[]);
    }
    const stored = new Map<string, Record<string, unknown>>();
    for (const row of await run(statement('program/find-programs-by-compound', { keys }))) {
      const program = row.program as Record<string, unknown>;
      stored.set(program.id as string, program);
    }
    const derived = keys.flatMap((key) => {
      const entry = facts.get(key);
      return entry ? derivePrograms(key, entry, ancestors) : [];
    });
    const changed = derived.filter((program) => !sameProgram(stored.get(program.id), program));
    const derivedIds = new Set(derived.map((program) => program.id));
    const stale = [...stored.keys()].filter((id) => !derivedIds.has(id));
    for (const ids of batches(stale)) await run(statement('program/delete-programs', { keys: ids }));
    const unplaced = changed.filter((program) => typeof stored.get(program.id)?.bucket !== 'string');
    const removed = stale.map((id) => stored.get(id)?.bucket).filter((bucket): bucket is string => typeof bucket === 'string');
    const placed = await placeInBuckets(run, unplaced.map((program) => program.id), removed);
    const rows = changed.map((program) => ({ ...program, bucket: placed.get(program.id) ?? null }));
    for (const batch of batches(rows)) await run(statement('program/merge-programs', { rows: batch }));
    const deltas = new Map<string, number>();
    const shift = (stage: unknown, delta: number) => typeof stage === 'string' && deltas.set(stage, (deltas.get(stage) ?? 0) + delta);
    for (const program of changed) {
      shift(stored.get(program.id)?.stage, -1);
      shift(program.stage, 1);
    }
    for (const id of stale) shift(stored.get(id)?.stage, -1);
    const counts = [...deltas].filter(([, delta]) => delta !== 0).map(([stage, delta]) => ({ stage, delta: int(delta) }));
    if (counts.length) await run(statement('program/merge-program-counts', { rows: counts }));
    changes.written += changed.length;
    changes.deleted += stale.length;
  }
  return changes;
}

interface Bucket {
  id: string;
  first: string;
  last: string;
  size: number;
}

/** Given sorted buckets and a program id, returns the index of the bucket it belongs in: the last one starting at or before it, or the first. */
function bucketFor(buckets: readonly Bucket[], id: string): number {
  let low = 0;
  let high = buckets.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((buckets[middle] as Bucket).first <= id) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Given a transaction, the ids of programs about to be written that have no bucket yet, and the buckets of programs
 * just deleted (one entry per program), keeps the buckets in step and returns the bucket of each new program.
 * Invariants (checked by tests/store/programs.test.ts): buckets sorted by `first` do not overlap (`last` < the next
 * one's `first`), every program lies within its bucket's bounds, `size` counts its programs, and none holds more
 * than BUCKET_MAX. Bounds may be wider than the programs they hold after deletions; a page only reads buckets
 * whose `last` is past its cursor.
 */
async function placeInBuckets(run: RunInTransaction, added: readonly string[], removed: readonly string[]): Promise<Map<string, string>> {
  const placed = new Map<string, string>();
  if (!added.length && !removed.length) return placed;
  const buckets: Bucket[] = (await run(statement('program/list-program-buckets', {}))).map((row) => ({
    id: row.id as string,
    first: row.first as string,
    last: row.last as string,
    size: Number(row.size),
  }));
  const byId = new Map(buckets.map((bucket) => [bucket.id, bucket]));
  const dirty = new Set<Bucket>();
  for (const id of removed) {
    const bucket = byId.get(id);
    if (!bucket) continue;
    bucket.size -= 1;
    dirty.add(bucket);
  }
  const members = new Map<Bucket, string[]>();
  for (const id of [...added].sort()) {
    if (!buckets.length) buckets.push({ id: randomUUID(), first: id, last: id, size: 0 });
    const bucket = buckets[bucketFor(buckets, id)] as Bucket;
    if (id < bucket.first) bucket.first = id;
    if (id > bucket.last) bucket.last = id;
    bucket.size += 1;
    members.set(bucket, [...(members.get(bucket) ?? []), id]);
    placed.set(id, bucket.id);
    dirty.add(bucket);
  }
  const full = buckets.filter((bucket) => bucket.size > BUCKET_MAX);
  const held = new Map<string, string[]>();
  for (const keys of batches(full.map((bucket) => bucket.id), 100)) {
    for (const row of await run(statement('program/list-programs-by-bucket', { keys }))) {
      held.set(row.key as string, [...(held.get(row.key as string) ?? []), row.id as string]);
    }
  }
  const moves: { id: string; bucket: string }[] = [];
  for (const bucket of full) {
    const ids = [...(held.get(bucket.id) ?? []), ...(members.get(bucket) ?? [])].sort();
    const bound = bucket.last;
    // As many parts as BUCKET_FILL asks for, of sizes that differ by one at most: 129 programs make 43, 43 and 43.
    const parts = Math.ceil(ids.length / BUCKET_FILL);
    const step = ids.length / parts;
    for (let part = 0; part < parts; part++) {
      const start = Math.round(part * step);
      const chunk = ids.slice(start, Math.round((part + 1) * step));
      const highest = chunk[chunk.length - 1] as string;
      const home = part === 0 ? bucket : { id: randomUUID(), first: chunk[0] as string, last: '', size: 0 };
      home.size = chunk.length;
      // The last part keeps the old upper bound; the others end at their highest program.
      home.last = part === parts - 1 && bound > highest ? bound : highest;
      dirty.add(home);
      for (const id of chunk) {
        if (placed.has(id)) placed.set(id, home.id);
        else if (home !== bucket) moves.push({ id, bucket: home.id });
      }
    }
  }
  const emptied = [...dirty].filter((bucket) => bucket.size <= 0).map((bucket) => bucket.id);
  const kept = [...dirty].filter((bucket) => bucket.size > 0);
  for (const rows of batches(kept)) await run(statement('program/merge-program-buckets', { rows: rows.map((bucket) => ({ ...bucket, size: int(bucket.size) })) }));
  for (const keys of batches(emptied)) await run(statement('program/delete-program-buckets', { keys }));
  for (const rows of batches(moves)) await run(statement('program/move-programs', { rows }));
  return placed;
}

/** The ids a bundle touches, by what they can change about programs. */
export interface ProgramInputs {
  compoundIds: string[];
  trialIds: string[];
  designationIds: string[];
  /** Indications newly placed under another: everything at or below them may count towards new ancestors. */
  indicationIds: string[];
}

/** Given a transaction and the ids a write touched, returns the ids of the compounds whose programs it can change. */
export async function compoundsTouched(run: RunInTransaction, inputs: ProgramInputs): Promise<string[]> {
  const ids = new Set<string>();
  const size = Math.max(inputs.compoundIds.length, inputs.trialIds.length, inputs.designationIds.length, inputs.indicationIds.length);
  for (let start = 0; start < size; start += BATCH) {
    const slice = (list: string[]) => list.slice(start, start + BATCH);
    const params = {
      compoundIds: slice(inputs.compoundIds),
      trialIds: slice(inputs.trialIds),
      designationIds: slice(inputs.designationIds),
      indicationIds: slice(inputs.indicationIds),
    };
    for (const row of await run(statement('program/list-compounds-by-change', params))) ids.add(row.id as string);
  }
  return [...ids];
}

/** Given a transaction and subtype links ({ from, to } indication ids), returns those the graph does not hold yet. */
export async function newSubtypeLinks(run: RunInTransaction, links: { from: string; to: string }[]): Promise<{ from: string; to: string }[]> {
  const held = new Set<string>();
  for (const rows of batches(links)) {
    for (const row of await run(statement('program/find-subtype-links', { rows }))) held.add(`${row.from as string}\u0000${row.to as string}`);
  }
  return links.filter((link) => !held.has(`${link.from}\u0000${link.to}`));
}

/**
 * Given a transaction, takes the lock every write that derives programs holds until it commits (the first thing it
 * does: on Neo4j a second import then waits, and sees the first one's writes), and returns the version of the rule
 * the stored programs follow.
 */
export async function lockDerivation(run: RunInTransaction): Promise<number> {
  const [marker] = await run(statement('program/lock-derivation', {}));
  return Number((marker as Row | undefined)?.version ?? 0);
}

/**
 * Given a transaction that loaded data and its time, records the load: the data version goes up by one (every load,
 * even one that changed nothing) and the load gets a random id, which servers key their cached answers by. Returns
 * the new version.
 */
export async function recordLoad(run: RunInTransaction, loadedAt: string): Promise<number> {
  const [row] = await run(statement('data/record-load', { loadId: randomUUID(), loadedAt }));
  return Number((row as Row | undefined)?.version ?? 0);
}

/**
 * Given an executor, derives every program again when the stored programs follow an older rule than
 * PROGRAM_RULE_VERSION (a store written before programs were stored, or by an older release), in one write
 * transaction; returns what changed, or null when they were current.
 */
export async function ensurePrograms(executor: Executor): Promise<ProgramChanges | null> {
  return executor.transaction('WRITE', async (run) => {
    if ((await lockDerivation(run)) >= PROGRAM_RULE_VERSION) return null;
    const changes = { written: 0, deleted: 0 };
    let after: string | null = null;
    for (;;) {
      const rows = await run(statement('program/list-compounds', { after, first: int(COMPOUND_BATCH) }));
      if (!rows.length) break;
      const ids = rows.map((row) => row.id as string);
      const batch = await refreshPrograms(run, ids);
      changes.written += batch.written;
      changes.deleted += batch.deleted;
      after = ids[ids.length - 1] as string;
    }
    await run(statement('program/delete-program-counts', {}));
    await run(statement('program/create-program-counts', {}));
    await run(statement('program/merge-derivation', { id: 'programs', version: int(PROGRAM_RULE_VERSION) }));
    // Programs that changed are a load: answers kept from before are not used. (The per-stage counts are written again
    // whatever changed, with the same figures when no program did.)
    if (changes.written || changes.deleted) await recordLoad(run, new Date().toISOString());
    return changes;
  });
}
