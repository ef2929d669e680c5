import { afterEach, describe, expect, it } from 'vitest';
import { loadBundle } from '../../src/ingest/load-bundle.js';
import type { Executor, StatementEvent } from '../../src/store/index.js';
import { ENGINES, freshStore } from '../support/engines.js';

const SOURCE = { label: 'Source', id: 'batch-test-source', properties: { name: 'Batch test', kind: 'PRESS_RELEASE', title: 'Batch test', publishedOn: '2020-01-01' } };

function bundle(count: number) {
  const companies = Array.from({ length: count }, (_, index) => ({
    label: 'Company',
    id: `batch-test-company-${index}`,
    properties: { name: `Company ${index}` },
    citations: [{ source: SOURCE.id, locator: `row ${index}` }],
  }));
  return { bundle: 'batch-test', nodes: [SOURCE, ...companies] };
}

describe.each(ENGINES)('loading a large bundle on the %s engine', (engine) => {
  let executor: Executor | undefined;

  afterEach(async () => {
    await executor?.close();
    executor = undefined;
  });

  it('writes it in statements of at most 2,000 rows, all in one transaction', async () => {
    executor = await freshStore(engine);
    const events: StatementEvent[] = [];
    executor.observe((event) => events.push(event));
    const summary = await loadBundle(executor, bundle(4500));
    expect(summary).toEqual({ bundle: 'batch-test', nodesWritten: 4501, nodesUnchanged: 0, relationships: 4500, unlinked: 0, programs: { written: 0, deleted: 0 } });
    // Programs are derived under a lock taken first, so that an import on Neo4j sees everything the one before it wrote.
    expect(events[0]?.name).toBe('program/lock-derivation');
    const rowsOf = (name: string) => events.filter((event) => event.name === name).map((event) => (event.params.rows as unknown[] | undefined)?.length ?? (event.params.ids as unknown[]).length);
    expect(rowsOf('upsert-Company')).toEqual([2000, 2000, 500]);
    expect(rowsOf('link-Company-SUPPORTED_BY-Source')).toEqual([2000, 2000, 500]);
    expect(rowsOf('find-Company')).toEqual([2000, 2000, 500]);
    expect(Math.max(...rowsOf('find-nodes-anywhere'))).toBe(2000);
    expect(events.every((event) => event.mode === 'WRITE')).toBe(true);
    const [row] = await executor.read({ name: 'test/count', text: 'MATCH (c:Company) RETURN count(c) AS companies', params: {} });
    expect(row?.companies).toBe(4500);
  });
});
