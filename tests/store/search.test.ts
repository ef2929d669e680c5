import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundle, readBundleFile } from '../../src/ingest/load-bundle.js';
import { ensureSearchText } from '../../src/ingest/search-text.js';
import { askedOf, matchOf, SearchService } from '../../src/modules/search/search.service.js';
import { ROOT } from '../../src/root.js';
import { type Executor, SEARCHABLE_LABELS, searchTerms, searchTextOf } from '../../src/store/index.js';
import { newerSearchIndex, olderSearchIndexes } from '../../src/store/neo4j-engine.js';
import { ENGINES, freshStore } from '../support/engines.js';

const SEED = join(ROOT, 'seeds', 'cellectar-clr-131-2017-11-07.json');

describe('search terms', () => {
  it('folds case, accents and punctuation, runs the words together and adds their trigrams', () => {
    expect(searchTerms('CLR 131')).toEqual(['clr', '131', 'clr131', 'lr1', 'r13']);
    expect(searchTerms('Waldenström')).toContain('waldenstrom');
    expect(searchTerms('CLR 131 Phase 1 study in relapsed or refractory multiple myeloma')).toEqual(['clr', '131', 'phase', '1', 'study', 'in', 'relapsed', 'or', 'refractory', 'multiple', 'myeloma']);
    expect(searchTextOf('Indication', { name: 'Multiple myeloma', ncitId: 'C3242', mondoId: 'MONDO:0009693' }).split(' ')).toEqual(
      expect.arrayContaining(['multiple', 'myeloma', 'ncitc3242', 'mondo0009693', 'c3242']),
    );
  });

  it.each([
    ['CLR131', 'CLR 131', 'EXACT', 1],
    ['clr', 'CLR 131', 'PREFIX', 0.9],
    ['lymphoma', 'B-cell lymphoma', 'WORDS', 0.85],
    ['ellecta', 'Cellectar Biosciences, Inc.', 'CONTAINS', 0.8],
    ['myelomma', 'Multiple myeloma', 'TYPO', 0.7],
    ['Cellecstar Bio', 'Cellectar Biosciences, Inc.', 'TYPO', 0.7],
  ])('matches %j to %j as %s (score %d)', (asked, value, kind, score) => {
    expect(matchOf(askedOf(asked), value)).toEqual({ kind, score });
  });

  it('matches by shared trigrams only past half of them, and not at all below', () => {
    expect(matchOf(askedOf('phospolipd ether'), 'Phospholipid ether')).toMatchObject({ kind: 'SIMILAR' });
    expect(matchOf(askedOf('pembrolizumab'), 'CLR 131')).toBeUndefined();
    expect(matchOf(askedOf('clr1404'), 'CLR 131')).toBeUndefined();
  });

  it('finds any value as EXACT however it is cased, spaced or punctuated', () => {
    const word = fc.stringMatching(/^[a-z0-9]{1,8}$/);
    const separator = fc.constantFrom(' ', '-', '', ':', '_', ', ', '/');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), separator, separator, fc.boolean(), (words, inValue, inQuery, upper) => {
        const value = words.join(inValue);
        const asked = words.join(inQuery);
        expect(matchOf(askedOf(upper ? asked.toUpperCase() : asked), value)).toEqual({ kind: 'EXACT', score: 1 });
      }),
    );
  });
});

describe('Neo4j search indexes of another version', () => {
  it('drops only this graph’s search index of an older version, never a newer one nor anyone else’s', () => {
    const index = (name: string, label: string, property = 'searchText') => ({ name, labelsOrTypes: [label], properties: [property] });
    const found = olderSearchIndexes(
      [
        index('search_company_v0', 'Company'),
        index('search_trial_v0', 'Trial'),
        index('search_company_v1', 'Company'),
        index('search_company_v2', 'Company'),
        index('search_products', 'Product'),
        index('search_compound_v0', 'Compound', 'title'),
        index('search_source_v0', 'Source'),
      ],
      SEARCHABLE_LABELS,
    );
    expect(found).toEqual(['search_company_v0', 'search_trial_v0']);
    expect(newerSearchIndex([index('search_company_v1', 'Company')], SEARCHABLE_LABELS)).toBeUndefined();
    expect(newerSearchIndex([index('search_company_v2', 'Company')], SEARCHABLE_LABELS)).toMatch(/^the Neo4j search index search_company_v2 follows version 2 of the search terms, newer than this release's 1/);
  });
});

describe.each(ENGINES)('search on the %s engine', (engine) => {
  let executor: Executor;
  let service: SearchService;

  beforeAll(async () => {
    executor = await freshStore(engine);
    await loadBundle(executor, readBundleFile(SEED), '2026-01-01T00:00:00.000Z');
    service = new SearchService(executor);
  });

  afterAll(async () => {
    await executor.close();
  });

  const top = async (query: string, count = 3) => (await service.search(query, SEARCHABLE_LABELS, count, undefined)).nodes.map((hit) => `${hit.node.__typename}:${hit.node.id}:${hit.matched.field}:${hit.matched.kind}`);

  // The same top results on every engine: the text index only hands over candidates, which are ranked in one place.
  it.each([
    ['CLR131', ['Compound:clr-131:name:EXACT', 'Trial:clr-131-phase-2-b-cell-malignancies:name:PREFIX', 'Trial:clr-131-phase-1-rr-multiple-myeloma:name:PREFIX']],
    ['Cellecstar', ['Company:cellectar-biosciences:aliases:EXACT']],
    ['Celectar', ['Company:cellectar-biosciences:name:TYPO']],
    // A trial's title is indexed by its words only: a typo finds the indication, not the trial named after it.
    ['myelomma', ['Indication:multiple-myeloma:name:TYPO']],
    ['MONDO:0009693', ['Indication:multiple-myeloma:xrefs:EXACT']],
    ['iodine 131', ['Compound:clr-131:payload:EXACT']],
  ])('ranks %j as %o', async (query, expected) => {
    expect(await top(query)).toEqual(expected);
  });

  it('keeps the search terms on the searchable nodes only, and loading again writes none (store.test.ts compares whole snapshots)', async () => {
    const [compound] = await executor.read({ name: 'test/search-text', text: "MATCH (c:Compound {id: 'clr-131'}) RETURN c.searchText AS text", params: {} });
    expect(String(compound?.text).split(' ')).toEqual(expect.arrayContaining(['clr131', 'iodine131', 'iodine', '131']));
    const [readouts] = await executor.read({ name: 'test/readout-text', text: 'MATCH (r:Readout) WHERE r.searchText IS NOT NULL RETURN count(r) AS n', params: {} });
    expect(Number(readouts?.n)).toBe(0);
    const again = await loadBundle(executor, readBundleFile(SEED), '2026-02-01T00:00:00.000Z');
    expect(again).toMatchObject({ nodesWritten: 0, nodesUnchanged: 33 });
  });

  it('writes the terms of a store that predates search once, at start-up, and keeps them on load', async () => {
    const untermed = "MATCH (c:Compound {id: 'clr-131'}) REMOVE c.searchText";
    await executor.write({ name: 'test/drop-text', text: untermed, params: {} });
    await executor.write({ name: 'test/drop-marker', text: "MATCH (d:Derivation {id: 'search'}) DETACH DELETE d", params: {} });
    expect(await top('CLR131', 1)).toEqual(['Trial:clr-131-phase-2-b-cell-malignancies:name:PREFIX']);
    expect(await ensureSearchText(executor)).toBe(1);
    expect(await top('CLR131', 1)).toEqual(['Compound:clr-131:name:EXACT']);
    expect(await ensureSearchText(executor)).toBeNull();
    // With the marker current, a node that lost its terms (an older release wrote it) gets them back when its
    // bundle is loaded again: the terms alone, without a timestamp, not counted as written.
    const updatedAt = async () => (await executor.read({ name: 'test/updated', text: "MATCH (c:Compound {id: 'clr-131'}) RETURN c.updatedAt AS at", params: {} }))[0]?.at;
    const before = await updatedAt();
    await executor.write({ name: 'test/drop-text', text: untermed, params: {} });
    expect(await loadBundle(executor, readBundleFile(SEED), '2026-03-01T00:00:00.000Z')).toMatchObject({ nodesWritten: 0, nodesUnchanged: 33, programs: { written: 0, deleted: 0 } });
    expect(await top('CLR131', 1)).toEqual(['Compound:clr-131:name:EXACT']);
    expect(await updatedAt()).toBe(before);
  });
});
