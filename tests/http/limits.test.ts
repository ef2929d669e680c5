import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { App } from '../../src/app.js';
import { loadBundle } from '../../src/ingest/load-bundle.js';
import { type GraphQLBody, graphql, startTestServer, testConfig } from '../support/server.js';

const SOURCE = 'cellectar-2017-11-07-clr-131-mos-update';

/** Source → citedBy → a fact's sources → source → citedBy ..., `levels` times (the fan-out that once took 164 s and 4.4 GB). */
function citedByFanOut(levels: number): string {
  let selection = 'id';
  for (let level = 0; level < levels; level++) {
    selection = `citedBy { nodes { id ... on Claim { sources { nodes { source { ${selection} } } } } ... on Readout { sources { nodes { source { ${selection} } } } } } }`;
  }
  return `{ source(id: "${SOURCE}") { ${selection} } }`;
}

/** compound { programs { compound { programs ... } } }, `levels` deep (the 309-byte nesting that once took the process down). */
function programsNesting(levels: number): string {
  let selection = 'id';
  for (let level = 0; level < levels; level++) selection = `programs { nodes { compound { ${selection} } } }`;
  return `{ compound(id: "clr-131") { ${selection} } }`;
}

/** `indication { parent { parent ... { name } } }`: a selection `depth` fields deep, each level a single object. */
function parentChain(depth: number): string {
  let selection = 'name';
  for (let level = 0; level < depth - 2; level++) selection = `parent { ${selection} }`;
  return `{ indication(id: "multiple-myeloma") { ${selection} } }`;
}

const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, index) => `a${index}: compound(id: "clr-131") { name }`).join(' ')} }`;
const directives = (count: number) => `{ compound(id: "clr-131") { ${Array.from({ length: count }, () => 'name @include(if: true)').join(' ')} } }`;
// A list of ids to look up: 20 tokens around n ids.
const tokens = (count: number) => `{ compounds(where: { id: { in: [${Array.from({ length: count - 20 }, (_, index) => `"id-${index}"`).join(' ')}] } }) { totalCount } }`;
// 100 compounds × (1 + trials × (1 + 4 cohorts)): 49,600 nodes at 99 trials, 50,100 at 100.
const nodes = (trials: number) => `{ compounds(first: 100) { nodes { trials(first: ${trials}) { nodes { cohorts(first: 4) { nodes { name } } } } } } }`;

describe('cost limits refuse an operation before it runs', () => {
  let app: App;
  let statements = 0;

  beforeAll(async () => {
    app = await startTestServer();
    app.executor.observe(() => {
      statements += 1;
    });
  });

  afterAll(async () => {
    await app.close();
  });

  /** Sends a document and returns the answer, the time it took and how many statements reached the store. */
  async function timed(query: string) {
    const before = statements;
    const started = performance.now();
    const { status, body } = await graphql(app.url, query);
    return { status, body, ms: performance.now() - started, statements: statements - before };
  }

  it.each([
    ['the five-level citedBy fan-out', citedByFanOut(5), 'depth', 27, 15],
    ['a two-level citedBy fan-out', citedByFanOut(2), 'nodes', 0, 50_000],
    ['the twelve-level programs nesting', programsNesting(12), 'depth', 38, 15],
    ['1,000 aliases of a nested programs(first: 100)', `{ ${Array.from({ length: 1000 }, (_, index) => `p${index}: programs(first: 100) { nodes { trials(first: 100) { nodes { name } } } }`).join(' ')} }`, 'tokens', 25_002, 5000],
    ['a 50,000-token document', `{ compound(id: "clr-131", x: [${'[] '.repeat(25_000)}]) { name } }`, 'tokens', 50_015, 5000],
    ['a document nested 25,000 brackets deep', `{ compound(id: "clr-131", x: ${'['.repeat(25_000)}${']'.repeat(25_000)}) { name } }`, 'tokens', 50_013, 5000],
    ['a document nested 100 brackets deep', `{ compound(id: "clr-131", x: ${'['.repeat(100)}${']'.repeat(100)}) { name } }`, 'nesting', 102, 64],
    ['a deep introspection query', '{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }', 'introspection', 3, 2],
    ['a wide introspection query', '{ __schema { types { fields { args { type { name } } type { enumValues { name } } } interfaces { name } possibleTypes { name } enumValues { name } inputFields { name } } } }', 'nodes', 0, 50_000],
    ['51 directives', directives(51), 'directives', 51, 50],
  ])('refuses %s with QUERY_TOO_COMPLEX in well under a second, running nothing', async (_name, query, limit, value, maximum) => {
    const { status, body, ms, statements: ran } = await timed(query);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit, maximum });
    // The fan-outs' node counts are astronomical; the others are exact.
    if (value) expect(body.errors?.[0]?.extensions?.value).toBe(value);
    else expect(body.errors?.[0]?.extensions?.value).toBeGreaterThan(maximum);
    expect(body.errors?.[0]?.message).toMatch(/; the limit is \d+\. /);
    expect(ran).toBe(0);
    expect(ms).toBeLessThan(1000);
  });

  it('prices a citedBy fan-out as 20 facts per source times 20 citations per fact, level by level', async () => {
    const { body } = await timed(citedByFanOut(2));
    // citedBy 20 × (1 + sources 20 × (1 + citedBy 20 × (1 + 2 × sources 20))) for Claim and Readout both.
    const value = Number(body.errors?.[0]?.extensions?.value);
    expect(body.errors?.[0]?.message).toBe(
      `The operation may return up to ${value} nodes (list items, counting \`first\` of every list times the items above it); the limit is 50000. Ask for smaller pages (\`first\`) on nested lists, or split the query.`,
    );
    expect(value).toBeGreaterThan(100_000);
  });

  it.each([
    ['nodes', nodes(99), nodes(100), 50_100],
    ['depth', parentChain(15), parentChain(16), 16],
    ['aliases', aliases(30), aliases(31), 31],
    ['directives', directives(50), directives(51), 51],
    ['tokens', tokens(5000), tokens(5001), 5001],
  ])('answers an operation at the %s limit and refuses one just over it', async (limit, under, over, value) => {
    const answered = await timed(under);
    expect(answered.status).toBe(200);
    expect(answered.body.errors).toBeUndefined();
    const refused = await timed(over);
    expect(refused.body.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit, value, maximum: { nodes: 50_000, depth: 15, aliases: 30, directives: 50, tokens: 5000 }[limit] });
  });

  it('counts a GET document too, however many other parameters the URL carries', async () => {
    const query = `{ compound(id: "clr-131", x: ${'['.repeat(100)}${']'.repeat(100)}) { name } }`;
    // Express's own query parser keeps only the first 1,000 parameters; Apollo reads them all.
    const padding = Array.from({ length: 1000 }, (_, index) => `p${index}=1`).join('&');
    const before = statements;
    const response = await fetch(`${app.url}/graphql?${padding}&query=${encodeURIComponent(query)}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(400);
    expect(((await response.json()) as GraphQLBody).errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'nesting', value: 102, maximum: 64 });
    expect(statements - before).toBe(0);
  });

  it('counts the aliases of a fragment each time it is spread', async () => {
    const fragment = `fragment Names on Compound { ${Array.from({ length: 16 }, (_, index) => `n${index}: name`).join(' ')} }`;
    const { status, body, statements: ran } = await timed(`{ compound(id: "clr-131") { ...Names } lead: compound(id: "clr-131") { ...Names } } ${fragment}`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases', value: 33, maximum: 30 });
    expect(ran).toBe(0);
  });

  it('puts the worst-case cost of every answer in extensions', async () => {
    const { body } = await timed(nodes(99));
    // Rows: 1 compound + 100 × (its 2 trials + 99 × the 2 cohorts a trial has by the sizes (3 / 2)).
    expect(body.extensions?.cost).toEqual({ requested: 49_600, limit: 50_000, rows: 20_001, rowsLimit: 1_000_000 });
    expect(body.data?.compounds.nodes[0].trials.nodes[0].cohorts.nodes.map((cohort: { name: string }) => cohort.name)).toEqual(['Cohort 1', 'Cohort 2', 'Cohort 3']);
  });

  it('prices one document afresh for each set of variables, and refuses it again when it is too costly again', async () => {
    const query = 'query Nodes($trials: Int) { compounds(first: 100) { nodes { trials(first: $trials) { nodes { cohorts(first: 4) { nodes { name } } } } } } }';
    const cost = async (trials: number) => (await graphql(app.url, query, { trials })).body;
    expect((await cost(99)).extensions?.cost).toMatchObject({ requested: 49600, limit: 50000 });
    expect((await cost(10)).extensions?.cost).toMatchObject({ requested: 5100, limit: 50000 });
    expect((await cost(99)).extensions?.cost).toMatchObject({ requested: 49600, limit: 50000 });
    for (let time = 0; time < 2; time++) {
      const refused = await cost(100);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'nodes', value: 50100, maximum: 50000 });
    }
  });

  it('lets GraphiQL’s own introspection query through', async () => {
    const { status, body } = await timed(getIntrospectionQuery());
    expect(status).toBe(200);
    expect(body.data?.__schema.queryType.name).toBe('Query');
    expect(body.extensions?.cost.requested).toBeLessThan(50_000);
  });

  it('keeps answering /healthz and simple queries while attacks are refused', async () => {
    const attacks = Array.from({ length: 20 }, (_, index) => timed(index % 2 ? citedByFanOut(5) : programsNesting(12)));
    const health = Array.from({ length: 10 }, () => fetch(`${app.url}/healthz`).then((response) => response.status));
    const simple = graphql(app.url, '{ compound(id: "clr-131") { name } }');
    expect(await Promise.all(health)).toEqual(Array(10).fill(200));
    expect((await simple).body.data).toEqual({ compound: { name: 'CLR 131' } });
    for (const attack of await Promise.all(attacks)) expect(attack.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('counts refusals by limit in /metrics', async () => {
    const metrics = await (await fetch(`${app.url}/metrics`)).text();
    for (const limit of ['nodes', 'depth', 'aliases', 'directives', 'tokens']) {
      expect(Number(new RegExp(`^graphql_refusals_total\\{limit="${limit}"\\} (\\d+)`, 'm').exec(metrics)?.[1])).toBeGreaterThan(0);
    }
  });
});

describe('rows read: a top-level list is priced at the size of its label', () => {
  let app: App;
  let statements = 0;

  beforeAll(async () => {
    // The seed's readouts are 6, its sources 1: a limit of 100 rows stands for a graph ten thousand times larger.
    app = await startTestServer({ limits: { ...testConfig().limits, maxRows: 100 } }, { versionCheckMs: 50 });
    // Requests' statements only: the server reads the data version every 50 ms by itself.
    app.executor.observe((event) => {
      if (event.name !== 'data/find-data-version') statements += 1;
    });
  });

  afterAll(async () => {
    await app.close();
  });

  it('counts a top-level list as its label, fragments included; a nested one as the children per parent the sizes suggest; programs as nothing', async () => {
    const query = `query Lists { readouts(first: 1) { nodes { value } } ...Sources programs(first: 50) { totalCount }
      compound(id: "clr-131") { trials(first: 5) { nodes { cohorts(first: 5) { nodes { readouts(first: 5) { nodes { value } } } } } } } }
      fragment Sources on Query { sources(first: 1) { nodes { publishedOn } } }`;
    const { status, body } = await graphql(app.url, query);
    expect(status).toBe(200);
    // readouts 6 + sources 1 + programs 0 + trials of one compound (2 trials / 1 compound) + 5 × (cohorts of a trial
    // (3 / 2 → 2) + 5 × readouts of a cohort (6 / 3)) = 69.
    expect(body.extensions?.cost).toMatchObject({ rows: 69, rowsLimit: 100 });
    expect(body.data?.sources.nodes).toEqual([{ publishedOn: '2017-11-07' }]);
    expect(body.data?.programs.totalCount).toBe(4);
  });

  it('prices programs by how their filter reads them, and each id of nodes(ids:) as one parent', async () => {
    const rows = async (query: string) => (await graphql(app.url, query)).body.extensions?.cost.rows;
    // 4 stored programs, 1 compound, 1 designation, 4 indications (an indication match reads them and four levels
    // of subtypes: 16). Unfiltered, by stage or by compound a page reads no program it sorts; by designation the
    // holders' programs (1 × 4) after the designations (1); by indication alone every program; through the
    // companies (1) their compounds (1) and every program; sorted by stage every program twice.
    expect(await rows('{ programs(where: { stage: PHASE_2 }) { totalCount } }')).toBe(0);
    expect(await rows('{ programs(where: { compound: { eq: "clr-131" }, indication: { name: "B-cell malignancy" } }) { totalCount } }')).toBe(16);
    expect(await rows('{ programs(where: { designation: { type: ORPHAN_DRUG }, indication: { name: "B-cell malignancy" } }) { totalCount } }')).toBe(16 + 1 + 4);
    expect(await rows('{ programs(where: { indication: { name: "B-cell malignancy" } }) { totalCount } }')).toBe(16 + 4);
    expect(await rows('{ programs(where: { companies: { some: { name: { eq: "x" } } } }) { totalCount } }')).toBe(1 + 1 + 4);
    expect(await rows('{ programs(orderBy: { field: STAGE }) { totalCount } }')).toBe(8);
    // Two compounds' trials (2 per compound by the sizes), each id a parent.
    expect(await rows('{ nodes(ids: ["clr-131", "clr-131"]) { ... on Compound { trials(first: 1) { nodes { id } } } } }')).toBe(4);
  });

  it('shows both figures when it refuses on nodes', async () => {
    const { body } = await graphql(app.url, nodes(100));
    // 1 compound + 100 × (2 trials + 100 × 2 cohorts).
    expect(body.extensions?.cost).toEqual({ requested: 50_100, limit: 50_000, rows: 20_201, rowsLimit: 100 });
  });

  it('refuses more rows than the limit before anything reaches the store, with the limit in the answer and in /metrics', async () => {
    const before = statements;
    // 4 indications + 100 × the trials of one (2 / 4 → 1): the shape that sorts every trial of every indication.
    const query = '{ indications(first: 100) { nodes { trials(first: 1) { nodes { id } } } } }';
    const { status, body } = await graphql(app.url, query);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'rows', value: 104, maximum: 100 });
    expect(body.errors?.[0]?.message).toMatch(/^The operation may make the store read up to 104 rows .*; the limit is 100\./);
    expect(body.extensions?.cost).toEqual({ requested: 200, limit: 50_000, rows: 104, rowsLimit: 100 });
    expect(statements).toBe(before);
    const metrics = await (await fetch(`${app.url}/metrics`)).text();
    expect(/^graphql_refusals_total\{limit="rows"\} (\d+)/m.exec(metrics)?.[1]).toBe('1');
  });

  it('prices by the sizes of the data loaded since, counted again when the data version moves', async () => {
    const rows = async () => (await graphql(app.url, '{ sources(first: 1) { nodes { id } } }')).body.extensions?.cost.rows;
    expect(await rows()).toBe(1);
    const later = { bundle: 'later-source', nodes: [{ label: 'Source', id: 'later-registry-record', properties: { name: 'Registry record', kind: 'REGISTRY', title: 'A registry record', publishedOn: '2018-01-15' } }] };
    await loadBundle(app.executor, later);
    await vi.waitFor(async () => expect(await rows()).toBe(2), { timeout: 2000, interval: 50 });
  });
});
