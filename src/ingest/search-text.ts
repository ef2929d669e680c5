import { type Executor, type Keyset, listNodes, type RunInTransaction, SEARCH_TEXT, SEARCHABLE_LABELS, searchTextOf, setSearchText } from '../store/index.js';
import { BATCH } from './batches.js';
import { lockDerivation, recordLoad, statement } from './programs.js';

/**
 * The version of the rule that makes a node's search terms (`searchTextOf`): raised when the rule changes, so that
 * start-up writes every node's terms again.
 */
export const SEARCH_TEXT_VERSION = 1;

/**
 * Given an executor, writes the search terms of every searchable node whose stored terms differ from the rule's, when
 * the store's terms follow an older rule (or none: a store written before search), and records the rule's version;
 * returns how many nodes it wrote, or null when the terms were current. One transaction, under the lock every import
 * takes first. Run at start-up and before `npm run seed` loads.
 */
export async function ensureSearchText(executor: Executor): Promise<number | null> {
  return executor.transaction('WRITE', async (run) => {
    await lockDerivation(run);
    const [marker] = await run(statement('search/find-search-derivation', {}));
    if (Number(marker?.version ?? 0) >= SEARCH_TEXT_VERSION) return null;
    let written = 0;
    for (const label of SEARCHABLE_LABELS) written += await refreshLabel(run, label);
    await run(statement('program/merge-derivation', { id: 'search', version: SEARCH_TEXT_VERSION }));
    if (written) await recordLoad(run, new Date().toISOString());
    return written;
  });
}

/** Given a transaction and a searchable label, pages through its nodes by id and writes the terms that differ; returns how many. */
async function refreshLabel(run: RunInTransaction, label: (typeof SEARCHABLE_LABELS)[number]): Promise<number> {
  let written = 0;
  let after: Keyset | undefined;
  for (;;) {
    const rows = await run(listNodes({ label, orderBy: { property: 'id', direction: 'ASC' }, after, limit: BATCH }));
    const nodes = rows.map((row) => row.node as Record<string, unknown> & { id: string });
    const changed = nodes.flatMap((node) => {
      const text = searchTextOf(label, node);
      return text === node[SEARCH_TEXT] ? [] : [{ id: node.id, text }];
    });
    if (changed.length) await run({ ...setSearchText(label), params: { rows: changed } });
    written += changed.length;
    if (nodes.length < BATCH) return written;
    const last = nodes[nodes.length - 1]!.id;
    after = { value: last, id: last };
  }
}
