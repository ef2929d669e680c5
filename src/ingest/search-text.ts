import {
  type Executor,
  int,
  type Keyset,
  listNodes,
  SEARCH_TEXT,
  SEARCH_TEXT_VERSION,
  type SearchableLabel,
  SEARCHABLE_LABELS,
  searchTextOf,
  setSearchText,
} from '../store/index.js';
import { BATCH } from './batches.js';
import { lockDerivation, recordLoad } from './programs.js';
import { statement } from './statements.js';

/** Given an executor, tells whether the stored search terms follow the current rule, under the import lock. */
async function termsCurrent(executor: Executor): Promise<boolean> {
  return executor.transaction('WRITE', async (run) => {
    await lockDerivation(run);
    const [marker] = await run(statement('search/find-search-derivation', {}));
    return Number(marker?.version ?? 0) >= SEARCH_TEXT_VERSION;
  });
}

/**
 * Given an executor, writes the search terms of every searchable node whose stored terms differ from the rule's, when
 * the store's terms follow an older rule (or none: a store written before search), then records the rule's version;
 * returns how many nodes it wrote, or null when the terms were current. Each batch of 2,000 nodes is its own
 * transaction under the lock every import takes first: a node's terms follow from its own properties only, so an
 * import between two batches writes its nodes' terms itself, and the version is recorded last. Run at start-up and
 * before `npm run seed` loads.
 */
export async function ensureSearchText(executor: Executor): Promise<number | null> {
  if (await termsCurrent(executor)) return null;
  let written = 0;
  for (const label of SEARCHABLE_LABELS) {
    let after: Keyset | undefined;
    for (;;) {
      const batch = await executor.transaction('WRITE', async (run) => {
        await lockDerivation(run);
        const rows = await run(listNodes({ label, orderBy: { property: 'id', direction: 'ASC' }, after, limit: BATCH }));
        const nodes = rows.map((row) => row.node as Record<string, unknown> & { id: string });
        const changed = termsToWrite(label, nodes);
        if (changed.length) await run({ ...setSearchText(label), params: { rows: changed } });
        return { last: nodes.at(-1)?.id, count: nodes.length, changed: changed.length };
      });
      written += batch.changed;
      if (batch.count < BATCH || batch.last === undefined) break;
      after = { value: batch.last, id: batch.last };
    }
  }
  await executor.transaction('WRITE', async (run) => {
    await lockDerivation(run);
    await run(statement('program/merge-derivation', { id: 'search', version: int(SEARCH_TEXT_VERSION) }));
    if (written) await recordLoad(run, new Date().toISOString());
  });
  return written;
}

/** Given a searchable label and stored nodes of it, returns `{ id, text }` for each whose stored terms are not the rule's. */
export function termsToWrite(label: SearchableLabel, nodes: (Record<string, unknown> & { id: string })[]): { id: string; text: string }[] {
  return nodes.flatMap((node) => {
    const text = searchTextOf(label, node);
    return text === node[SEARCH_TEXT] ? [] : [{ id: node.id, text }];
  });
}
