import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { snapshot } from '../support/engines.js';
import { graphql, loadSettled, startTestServer } from '../support/server.js';

const SEARCH = `query Search($query: String!, $types: [SearchType!], $first: Int, $after: String) {
  search(query: $query, types: $types, first: $first, after: $after) {
    totalCount
    edges { cursor }
    pageInfo { hasNextPage endCursor }
    nodes { score node { __typename id ... on Company { name } } matched { field value kind } }
  }
}`;

interface Hit {
  score: number;
  node: { __typename: string; id: string; name?: string };
  matched: { field: string; value: string; kind: string };
}

describe('search', () => {
  let app: App;

  beforeAll(async () => {
    app = await startTestServer();
  });

  afterAll(async () => {
    await app.close();
  });

  async function search(query: string, extra: Record<string, unknown> = {}) {
    const { body } = await graphql(app.url, SEARCH, { query, ...extra });
    expect(body.errors).toBeUndefined();
    return body.data?.search as { totalCount: number; nodes: Hit[]; edges: { cursor: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  }

  it.each([
    ['CLR131', 'Compound', 'clr-131', { field: 'name', value: 'CLR 131', kind: 'EXACT' }, 1],
    ['clr-131', 'Compound', 'clr-131', { field: 'name', value: 'CLR 131', kind: 'EXACT' }, 1],
    ['Cellecstar', 'Company', 'cellectar-biosciences', { field: 'aliases', value: 'Cellecstar', kind: 'EXACT' }, 1],
    ['Celectar Biosciences', 'Company', 'cellectar-biosciences', { field: 'name', value: 'Cellectar Biosciences, Inc.', kind: 'TYPO' }, 0.7],
    ['CLRB', 'Company', 'cellectar-biosciences', { field: 'ticker', value: 'CLRB', kind: 'EXACT' }, 1],
    ['myelomma', 'Indication', 'multiple-myeloma', { field: 'name', value: 'Multiple myeloma', kind: 'TYPO' }, 0.7],
    ['MONDO:0009693', 'Indication', 'multiple-myeloma', { field: 'xrefs', value: 'MONDO:0009693', kind: 'EXACT' }, 1],
    ['mondo_0009693', 'Indication', 'multiple-myeloma', { field: 'xrefs', value: 'MONDO:0009693', kind: 'EXACT' }, 1],
    ['ncit c3242', 'Indication', 'multiple-myeloma', { field: 'xrefs', value: 'NCIT:C3242', kind: 'EXACT' }, 1],
    ['iodine-131', 'Compound', 'clr-131', { field: 'payload', value: 'iodine-131', kind: 'EXACT' }, 1],
    ['lymphoma', 'Indication', 'b-cell-lymphoma', { field: 'name', value: 'B-cell lymphoma', kind: 'WORDS' }, 0.85],
    ['PDC', 'Platform', 'pdc', { field: 'abbreviation', value: 'PDC', kind: 'EXACT' }, 1],
  ])('finds %j first: %s %s, by its %o', async (query, type, id, matched, score) => {
    const result = await search(query);
    expect(result.nodes[0]).toMatchObject({ score, node: { __typename: type, id }, matched });
  });

  it('ranks by how well the best value matched, then by the shorter value: the compound named CLR 131 before the trials whose names begin with it', async () => {
    const result = await search('CLR 131');
    expect(result.nodes.map((hit) => [hit.node.id, hit.matched.kind, hit.score])).toEqual([
      ['clr-131', 'EXACT', 1],
      ['clr-131-phase-2-b-cell-malignancies', 'PREFIX', 0.9],
      ['clr-131-phase-1-rr-multiple-myeloma', 'PREFIX', 0.9],
    ]);
    expect(result.totalCount).toBe(3);
  });

  it('looks only in the types asked for, and prices the candidates it ranks (50 per type, and 50 names with up to 50 holders each)', async () => {
    const { body } = await graphql(app.url, SEARCH, { query: 'CLR 131', types: ['TRIAL', 'TRIAL'] });
    expect(body.data?.search.nodes.map((hit: Hit) => hit.node.__typename)).toEqual(['Trial', 'Trial']);
    // Trials may be known by names: the names searched and their holders are priced too.
    expect(body.extensions?.cost).toMatchObject({ rows: 50 + 50 + 50 * 50 });
    const platforms = await graphql(app.url, SEARCH, { query: 'PDC', types: ['PLATFORM'] });
    expect(platforms.body.extensions?.cost).toMatchObject({ rows: 50 });
    const everywhere = await graphql(app.url, SEARCH, { query: 'CLR 131' });
    expect(everywhere.body.extensions?.cost).toMatchObject({ rows: 250 + 50 + 50 * 50 });
  });

  it('pages through the ranked hits with cursors', async () => {
    const first = await search('CLR 131', { first: 2 });
    expect(first.nodes.map((hit) => hit.node.id)).toEqual(['clr-131', 'clr-131-phase-2-b-cell-malignancies']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await search('CLR 131', { first: 2, after: first.pageInfo.endCursor });
    expect(rest.nodes.map((hit) => hit.node.id)).toEqual(['clr-131-phase-1-rr-multiple-myeloma']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('answers an empty page when nothing matches', async () => {
    expect(await search('pembrolizumab')).toMatchObject({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it.each([
    ['', 'query needs at least one letter or digit.', 'query'],
    ['!!! --- ...', 'query needs at least one letter or digit.', 'query'],
    ['x'.repeat(201), 'query may be at most 200 characters (600 once accents and ligatures are spelt out), got 201.', 'query'],
  ])('refuses the query %j, naming the argument', async (query, message, argument) => {
    const { body } = await graphql(app.url, SEARCH, { query });
    expect(body.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', argument } });
  });

  it('refuses a cursor of another list', async () => {
    const { body } = await graphql(app.url, SEARCH, { query: 'CLR', after: Buffer.from('["x",1]').toString('base64url') });
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it.each([
    "CLR 131') DETACH DELETE n //",
    '*:* OR name:*',
    'clr~ AND NOT "x" +title:[a TO z]',
    '\\u0000 $query {labels: ["Company"]}',
    "'; CALL db.index.fulltext.drop('graph_search') //",
  ])('takes %j as text to look for, changing nothing', async (query) => {
    const before = await snapshot(app.executor);
    const { body } = await graphql(app.url, SEARCH, { query });
    expect(body.errors).toBeUndefined();
    expect(await snapshot(app.executor)).toEqual(before);
    expect((await search('CLR131')).nodes[0]?.node.id).toBe('clr-131');
  });

  it('is kept current when data is loaded: a new company is found by its alias, and a changed alias by the new one only', async () => {
    const company = (aliases: string[]) => ({
      bundle: 'search-test',
      nodes: [
        { label: 'Source', id: 'search-test-source', properties: { name: 'Test source', kind: 'PRESS_RELEASE', title: 'Test', publishedOn: '2018-01-15' } },
        { label: 'Company', id: 'acme-oncology', properties: { name: 'Acme Oncology Therapeutics', aliases }, citations: [{ source: 'search-test-source', locator: 'test' }] },
      ],
    });
    expect((await search('Acmeonc')).totalCount).toBe(0);
    await loadSettled(app, company(['AcmeOnc']));
    expect((await search('acme onc')).nodes[0]).toMatchObject({ node: { id: 'acme-oncology', name: 'Acme Oncology Therapeutics' }, matched: { field: 'aliases', value: 'AcmeOnc', kind: 'EXACT' } });
    await loadSettled(app, company(['Roadrunner Bio']));
    expect((await search('roadrunner')).nodes[0]).toMatchObject({ node: { id: 'acme-oncology' }, matched: { field: 'aliases', value: 'Roadrunner Bio', kind: 'PREFIX' } });
    expect((await search('AcmeOnc')).nodes[0]?.matched).toEqual({ field: 'name', value: 'Acme Oncology Therapeutics', kind: 'PREFIX' });
    // An alias removed (set to null) is no longer found.
    await loadSettled(app, { ...company([]), nodes: company([]).nodes.map((node) => (node.label === 'Company' ? { ...node, properties: { ...node.properties, aliases: null } } : node)) });
    expect((await search('roadrunner')).totalCount).toBe(0);
    expect((await search('acme oncology')).nodes[0]).toMatchObject({ node: { id: 'acme-oncology' }, matched: { field: 'name', kind: 'PREFIX' } });
  });

  it('refuses the cursor of another search, and ties a cursor to the words and types, not their spelling', async () => {
    const page = await search('CLR 131', { first: 1 });
    const other = await graphql(app.url, SEARCH, { query: 'Cellectar', first: 1, after: page.pageInfo.endCursor });
    expect(other.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'after' } });
    const narrower = await graphql(app.url, SEARCH, { query: 'CLR 131', types: ['TRIAL'], first: 1, after: page.pageInfo.endCursor });
    expect(narrower.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'after' });
    expect((await search('clr-131', { first: 1, after: page.pageInfo.endCursor })).nodes[0]?.node.id).toBe('clr-131-phase-2-b-cell-malignancies');
  });

  it('counts a query’s length after folding too: 200 ligatures fold to 600 letters and pass, past that they are refused', async () => {
    expect((await graphql(app.url, SEARCH, { query: 'ﬃ'.repeat(200) })).body.errors).toBeUndefined();
    const long = await graphql(app.url, SEARCH, { query: `${'ﬃ'.repeat(199)}\u33AF` });
    expect(long.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'query' });
  });
});
