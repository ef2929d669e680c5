import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { ROOT } from '../../src/root.js';
import { graphql, loadSettled, startTestServer } from '../support/server.js';

const META = '{ meta { apiVersion dataVersion loadId loadedAt counts { label count } } }';

describe('meta', () => {
  let app: App;
  let statements = 0;

  beforeAll(async () => {
    app = await startTestServer({ responseCacheBytes: 0 });
    app.executor.observe(() => {
      statements += 1;
    });
  });

  afterAll(async () => {
    await app.close();
  });

  it('says which API and data this is, and how much of each kind, without asking the store', async () => {
    const before = statements;
    const { body } = await graphql(app.url, META);
    expect(statements).toBe(before);
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(body.data?.meta).toMatchObject({ apiVersion: version, dataVersion: 1 });
    expect(Date.now() - Date.parse(body.data?.meta.loadedAt)).toBeLessThan(60_000);
    expect(body.data?.meta.counts).toEqual([
      { label: 'Company', count: 1 },
      { label: 'Compound', count: 1 },
      { label: 'Platform', count: 2 },
      { label: 'Trial', count: 2 },
      { label: 'Cohort', count: 3 },
      { label: 'Indication', count: 4 },
      { label: 'Designation', count: 1 },
      { label: 'Readout', count: 6 },
      { label: 'Claim', count: 12 },
      { label: 'ReadoutSeries', count: 0 },
      { label: 'Name', count: 0 },
      { label: 'Milestone', count: 0 },
      { label: 'Disagreement', count: 0 },
      { label: 'Source', count: 1 },
      { label: 'Program', count: 4 },
    ]);
  });

  it('moves the data version and the counts with a load', async () => {
    const before = (await graphql(app.url, META)).body.data?.meta;
    await loadSettled(app, { bundle: 'later', nodes: [{ label: 'Source', id: 'later-registry-record', properties: { name: 'Registry record', kind: 'REGISTRY', title: 'A registry record', publishedOn: '2018-01-15' } }] });
    const after = (await graphql(app.url, META)).body.data?.meta;
    expect(after.dataVersion).toBe(before.dataVersion + 1);
    expect(before.loadId).toMatch(/^[0-9a-f-]{36}$/);
    expect(after.loadId).not.toBe(before.loadId);
    expect(after.counts.find((entry: { label: string }) => entry.label === 'Source')).toEqual({ label: 'Source', count: 2 });
    expect(Date.parse(after.loadedAt)).toBeGreaterThanOrEqual(Date.parse(before.loadedAt));
  });

  it('lists the bundles loaded, the most recent first, with when each was loaded first and last, without asking the store', async () => {
    const BUNDLES = '{ meta { bundleCount bundles { name description firstLoadedAt lastLoadedAt nodes } } }';
    const seed = JSON.parse(readFileSync(join(ROOT, 'seeds', 'cellectar-clr-131-2017-11-07.json'), 'utf8')) as { description: string };
    const first = (await graphql(app.url, BUNDLES)).body.data?.meta;
    const seedRecord = first.bundles.find((bundle: { name: string }) => bundle.name === 'cellectar-clr-131-2017-11-07');
    expect(seedRecord).toMatchObject({ description: seed.description, nodes: 33 });
    expect(seedRecord.firstLoadedAt).toBe(seedRecord.lastLoadedAt);
    await loadSettled(app, { bundle: 'again', description: 'A registry record, loaded twice', nodes: [{ label: 'Source', id: 'again-registry-record', properties: { name: 'Registry record', kind: 'REGISTRY', title: 'Again', publishedOn: '2018-02-01' } }] });
    const once = (await graphql(app.url, BUNDLES)).body.data?.meta;
    expect(once.bundleCount).toBe(first.bundleCount + 1);
    expect(once.bundles[0]).toMatchObject({ name: 'again', description: 'A registry record, loaded twice', nodes: 1 });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await loadSettled(app, { bundle: 'again', description: 'A registry record, loaded twice', nodes: [{ label: 'Source', id: 'again-registry-record', properties: { name: 'Registry record', kind: 'REGISTRY', title: 'Again', publishedOn: '2018-02-01' } }] });
    const before = statements;
    const twice = (await graphql(app.url, BUNDLES)).body.data?.meta;
    expect(statements).toBe(before);
    expect(twice.bundleCount).toBe(once.bundleCount);
    expect(twice.bundles[0].firstLoadedAt).toBe(once.bundles[0].firstLoadedAt);
    expect(Date.parse(twice.bundles[0].lastLoadedAt)).toBeGreaterThan(Date.parse(once.bundles[0].lastLoadedAt));
    expect((await graphql(app.url, '{ meta { bundles(first: 1) { name } } }')).body.data?.meta.bundles).toEqual([{ name: 'again' }]);
    expect((await graphql(app.url, '{ meta { bundles(first: 101) { name } } }')).body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'first' });
  });
});
