import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { App } from '../../src/app.js';
import { loadBundle } from '../../src/ingest/load-bundle.js';
import { Executor } from '../../src/store/index.js';
import { graphql, startTestServer } from '../support/server.js';

const PROFILE = '{ compound(id: "clr-131") { name trials(first: 5) { nodes { name cohorts { nodes { ordinal dose { value unit } } } } } } }';
const SOURCES = '{ sources(first: 5) { totalCount nodes { publishedOn } } }';

/** Given an id, returns a bundle holding one more source document. */
const laterSource = (id: string) => ({ bundle: id, nodes: [{ label: 'Source', id, properties: { name: 'Registry record', kind: 'REGISTRY', title: 'A registry record', publishedOn: '2018-01-15' } }] });

/**
 * Starts a seeded API (on the embedded store: told of its own commits, reading the data version at no other time
 * unless `versionCheckMs` says so) and counts the statements its requests send, not its reads of the data version
 * and the labels' sizes.
 */
async function counted(overrides: Parameters<typeof startTestServer>[0] = {}, options: Parameters<typeof startTestServer>[1] = {}) {
  const app = await startTestServer(overrides, options);
  const counter = { statements: 0 };
  app.executor.observe((event) => {
    if (!event.name.startsWith('data/') && !event.name.startsWith('label-size/')) counter.statements += 1;
  });
  return { app, counter };
}

describe('the response cache', () => {
  let app: App;
  let counter: { statements: number };

  beforeAll(async () => {
    ({ app, counter } = await counted());
  });

  afterAll(async () => {
    await app.close();
  });

  it('answers the same query again without the store, priced and charged like the first time', async () => {
    const first = await graphql(app.url, PROFILE);
    const before = counter.statements;
    const second = await graphql(app.url, PROFILE);
    expect(counter.statements).toBe(before);
    expect(second.body.data).toEqual(first.body.data);
    expect(second.body.data?.compound.trials.nodes[0].cohorts.nodes.map((cohort: { dose: { value: number } }) => cohort.dose.value)).toEqual([12.5, 18.75, 25]);
    expect(second.body.extensions?.cost).toEqual(first.body.extensions?.cost);
    expect(second.body.extensions?.rateLimit.remaining).toBe(first.body.extensions?.rateLimit.remaining - first.body.extensions?.rateLimit.cost);
    const metrics = await (await fetch(`${app.url}/metrics`)).text();
    expect(Number(/^graphql_response_cache_total\{outcome="hit"\} (\d+)/m.exec(metrics)?.[1])).toBeGreaterThan(0);
  });

  it('keys answers by their declared variables, and keeps none with an error', async () => {
    const query = 'query Name($id: ID!) { compound(id: $id) { name } }';
    expect((await graphql(app.url, query, { id: 'clr-131' })).body.data).toEqual({ compound: { name: 'CLR 131' } });
    for (let time = 0; time < 2; time++) {
      const before = counter.statements;
      const missing = await graphql(app.url, query, { id: 'clr-132' });
      expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(counter.statements).toBeGreaterThan(before);
    }
    const before = counter.statements;
    expect((await graphql(app.url, query, { id: 'clr-131', unused: 'x' })).body.data).toEqual({ compound: { name: 'CLR 131' } });
    expect(counter.statements).toBe(before);
  });

  it('keeps the answers of two operations of one document apart', async () => {
    const document = 'query Compound { compound(id: "clr-131") { name } } query Company { company(id: "cellectar-biosciences") { name } }';
    const ask = async (operationName: string) => {
      const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: document, operationName }) });
      return ((await response.json()) as { data: unknown }).data;
    };
    for (let time = 0; time < 2; time++) {
      expect(await ask('Compound')).toEqual({ compound: { name: 'CLR 131' } });
      expect(await ask('Company')).toEqual({ company: { name: 'Cellectar Biosciences, Inc.' } });
    }
  });

  it('answers from the new data at once after a load through this process', async () => {
    expect((await graphql(app.url, SOURCES)).body.data?.sources.totalCount).toBe(1);
    await loadBundle(app.executor, laterSource('later-registry-record'));
    const after = await graphql(app.url, SOURCES);
    expect(after.body.data?.sources).toEqual({ totalCount: 2, nodes: [{ publishedOn: '2017-11-07' }, { publishedOn: '2018-01-15' }] });
  });

});

describe('the response cache under another writer', () => {
  it('keeps answering what it knew until it reads the data version again, then the new data', async () => {
    const { app, counter } = await counted({}, { versionCheckMs: 300 });
    try {
      expect((await graphql(app.url, SOURCES)).body.data?.sources.totalCount).toBe(1);
      // Another door to the same store, as another process on a shared Neo4j would be: this server is not told of its commits.
      await loadBundle(new Executor(app.executor.engine), laterSource('another-registry-record'));
      const before = counter.statements;
      expect((await graphql(app.url, SOURCES)).body.data?.sources.totalCount).toBe(1);
      expect(counter.statements).toBe(before);
      await vi.waitFor(async () => expect((await graphql(app.url, SOURCES)).body.data?.sources.totalCount).toBe(2), { timeout: 3000, interval: 20 });
    } finally {
      await app.close();
    }
  });
});

describe('the response cache’s bounds', () => {
  it('keeps no answer larger than a sixteenth of its bytes, and none at all at 0', async () => {
    const small = '{ compound(id: "clr-131") { name } }';
    for (const [bytes, cachedSmall, cachedProfile] of [
      [16 * 200, true, false],
      [0, false, false],
    ] as const) {
      const { app, counter } = await counted({ responseCacheBytes: bytes });
      try {
        for (const [query, cached] of [
          [small, cachedSmall],
          [PROFILE, cachedProfile],
        ] as const) {
          await graphql(app.url, query);
          const before = counter.statements;
          expect((await graphql(app.url, query)).body.errors).toBeUndefined();
          expect([bytes, query.length, counter.statements === before]).toEqual([bytes, query.length, cached]);
        }
      } finally {
        await app.close();
      }
    }
  });
});
