import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { graphql, startTestServer } from '../support/server.js';

describe('GraphQL API contract', () => {
  let app: App;

  beforeAll(async () => {
    app = await startTestServer();
  });

  afterAll(async () => {
    await app.close();
  });

  it('serves health, readiness and no Apollo landing page', async () => {
    expect(await (await fetch(`${app.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
    const landing = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await landing.text()).not.toContain('apollographql.com');
  });

  it('answers GET with the preflight header, and tells caches to keep no answer', async () => {
    const query = encodeURIComponent('{ compound(id: "clr-131") { name payload } }');
    const response = await fetch(`${app.url}/graphql?query=${query}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      data: { compound: { name: 'CLR 131', payload: 'iodine-131' } },
      extensions: { cost: { requested: 0, limit: 50_000, rows: 0, rowsLimit: 1_000_000 }, rateLimit: expect.objectContaining({ cost: 1, limit: 1_000_000 }) },
    });
  });

  it('pages with cursors and counts with a count query', async () => {
    const query = `query Page($after: String) {
      indications(first: 2, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { name } } }
    }`;
    const first = (await graphql(app.url, query)).body.data!.indications;
    expect(first.totalCount).toBe(4);
    expect(first.edges.map((edge: { node: { name: string } }) => edge.node.name)).toEqual(['B-cell lymphoma', 'B-cell malignancy']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = (await graphql(app.url, query, { after: first.pageInfo.endCursor })).body.data!.indications;
    expect(second.edges.map((edge: { node: { name: string } }) => edge.node.name)).toEqual(['Hematologic malignancy', 'Multiple myeloma']);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('sorts descending and by other fields', async () => {
    const { body } = await graphql(app.url, '{ readouts(orderBy: { field: VALUE, direction: DESC }, where: { kind: { eq: OBSERVED } }, first: 3) { edges { node { value } } } }');
    expect(body.data!.readouts.edges.map((edge: { node: { value: number } }) => edge.node.value)).toEqual([26.2, 15.4, 10]);
  });

  it('pages past readouts without a value, which sort last', async () => {
    const query = `query Values($after: String) {
      readouts(orderBy: { field: VALUE, direction: DESC }, first: 3, after: $after) { pageInfo { endCursor hasNextPage } edges { node { value name } } }
    }`;
    const first = (await graphql(app.url, query)).body.data!.readouts;
    expect(first.edges.map((edge: { node: { value: number | null } }) => edge.node.value)).toEqual([26.2, 15.4, 10]);
    const rest = (await graphql(app.url, query, { after: first.pageInfo.endCursor })).body.data!.readouts;
    expect(rest.edges.map((edge: { node: { value: number | null; name: string } }) => [edge.node.value, edge.node.name])).toEqual([
      [null, 'Median overall survival of the three most recently FDA-approved third-line multiple myeloma therapies'],
      [null, 'Historic survival with standard chemotherapy in relapsed or refractory multiple myeloma'],
      [null, 'Cohort 3 partial response'],
    ]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect(rest.edges).toHaveLength(3);
  });

  it('filters by name ignoring case, by phase, by designation and by indication with subtypes', async () => {
    const { body } = await graphql(
      app.url,
      `{
        byName: companies(where: { name: { contains: "CELLECTAR" } }) { totalCount }
        phase2: trials(where: { phase: { eq: PHASE_2 } }) { edges { node { name } } }
        phase12: trials(where: { phase: { eq: PHASE_1_2 } }) { totalCount }
        inLymphoma: trials(where: { indication: { name: "B-cell lymphomas" } }) { totalCount }
        underBCell: trials(where: { indication: { id: "b-cell-malignancy" } }) { totalCount }
        onlyBCell: trials(where: { indication: { id: "b-cell-malignancy", includeSubtypes: false } }) { totalCount }
        orphan: compounds(where: { designation: { type: ORPHAN_DRUG, agency: FDA } }) { edges { node { name } } }
        fastTrack: compounds(where: { designation: { type: FAST_TRACK } }) { totalCount }
        fda: designations(where: { agency: { eq: FDA }, indication: { name: "mm" } }) { totalCount }
        ema: designations(where: { agency: { eq: EMA } }) { totalCount }
      }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      byName: { totalCount: 1 },
      phase2: { edges: [{ node: { name: 'CLR 131 Phase 2 study in B-cell malignancies' } }] },
      phase12: { totalCount: 0 },
      inLymphoma: { totalCount: 1 },
      underBCell: { totalCount: 2 },
      onlyBCell: { totalCount: 1 },
      orphan: { edges: [{ node: { name: 'CLR 131' } }] },
      fastTrack: { totalCount: 0 },
      fda: { totalCount: 1 },
      ema: { totalCount: 0 },
    });
  });

  it('applies the stage order: Phase 2 counts as at least Phase 1/2, not as Phase 3', async () => {
    const { body } = await graphql(
      app.url,
      `{
        atLeast12: programs(where: { stageAtLeast: PHASE_1_2 }) { totalCount }
        atLeast3: programs(where: { stageAtLeast: PHASE_3 }) { totalCount }
        exactly1: programs(where: { stage: PHASE_1 }) { totalCount }
        inLymphoma: programs(where: { indication: { name: "B-cell lymphomas", includeSubtypes: false } }) { edges { node { id stage } } }
      }`,
    );
    expect(body.data).toEqual({
      atLeast12: { totalCount: 4 },
      atLeast3: { totalCount: 0 },
      exactly1: { totalCount: 0 },
      inLymphoma: { edges: [{ node: { id: 'clr-131@b-cell-lymphoma', stage: 'PHASE_2' } }] },
    });
  });

  it('walks every relationship from both ends', async () => {
    const { body } = await graphql(
      app.url,
      `{
        designation(id: "clr-131-fda-orphan-drug-multiple-myeloma") { grantees { nodes { name designations { nodes { type } } } } compound { name } }
        range: readout(id: "third-line-multiple-myeloma-median-os-comparator") { therapyCount comparedBy { nodes { name cohort { ordinal } } } }
        chemo: readout(id: "standard-chemotherapy-rr-multiple-myeloma-survival-comparator") { comparedBy { nodes { cohort { ordinal } } } }
        mm: indication(id: "multiple-myeloma") { readouts { totalCount } trials { nodes { phase } } designations { nodes { type } } }
        heme: indication(id: "hematologic-malignancy") { targetedBy { nodes { name } } descendants { totalCount nodes { name } } }
        platform(id: "ple") { carrierOf { nodes { abbreviation } } owners { nodes { ticker } } }
        source(id: "cellectar-2017-11-07-clr-131-mos-update") { citedBy(first: 100) { totalCount nodes { __typename } } contact { name organization phone email } }
        company(id: "cellectar-biosciences") { trials { totalCount } claims { nodes { about { nodes { __typename id } } } } }
      }`,
    );
    expect(body.errors).toBeUndefined();
    const data = body.data!;
    expect(data.designation).toEqual({ grantees: { nodes: [{ name: 'Cellectar Biosciences, Inc.', designations: { nodes: [{ type: 'ORPHAN_DRUG' }] } }] }, compound: { name: 'CLR 131' } });
    expect(data.range).toEqual({ therapyCount: 3, comparedBy: { nodes: [{ name: 'Cohort 1 median overall survival', cohort: { ordinal: 1 } }] } });
    expect(data.chemo.comparedBy.nodes.map((readout: { cohort: { ordinal: number } }) => readout.cohort.ordinal)).toEqual([1, 2, 3]);
    expect(data.mm.readouts.totalCount).toBe(6);
    expect(data.mm.trials.nodes.map((trial: { phase: string }) => trial.phase)).toEqual(['PHASE_1', 'PHASE_2']);
    expect(data.mm.designations.nodes).toEqual([{ type: 'ORPHAN_DRUG' }]);
    expect(data.heme).toEqual({
      targetedBy: { nodes: [{ name: 'CLR 131' }] },
      descendants: { totalCount: 3, nodes: [{ name: 'B-cell lymphoma' }, { name: 'B-cell malignancy' }, { name: 'Multiple myeloma' }] },
    });
    expect(data.platform).toEqual({ carrierOf: { nodes: [{ abbreviation: 'PDC' }] }, owners: { nodes: [{ ticker: 'CLRB' }] } });
    expect(data.source.citedBy.totalCount).toBe(32);
    expect(data.source.citedBy.nodes).toHaveLength(32);
    expect(new Set(data.source.citedBy.nodes.map((fact: { __typename: string }) => fact.__typename))).toEqual(
      new Set(['Claim', 'Cohort', 'Company', 'Compound', 'Designation', 'Indication', 'Platform', 'Readout', 'Trial']),
    );
    expect(data.source.contact).toEqual({ name: 'Jules Abraham', organization: 'JQA Partners, Inc.', phone: '917-885-7378', email: 'jabraham@jqapartners.com' });
    expect(data.company.trials.totalCount).toBe(2);
    expect(data.company.claims.nodes.flatMap((claim: { about: { nodes: unknown[] } }) => claim.about.nodes)).toContainEqual({ __typename: 'Platform', id: 'pdc' });
  });

  it("pages a nested list per parent: CLR 131's trials one at a time, with cursors and a count", async () => {
    const query = `query Trials($after: String) {
      compound(id: "clr-131") { trials(first: 1, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { name } } nodes { name } } }
    }`;
    const first = (await graphql(app.url, query)).body.data!.compound.trials;
    expect(first.totalCount).toBe(2);
    expect(first.nodes).toEqual([{ name: 'CLR 131 Phase 1 study in relapsed or refractory multiple myeloma' }]);
    expect(first.edges.map((edge: { node: unknown }) => edge.node)).toEqual(first.nodes);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, endCursor: first.edges[0].cursor });
    const second = (await graphql(app.url, query, { after: first.pageInfo.endCursor })).body.data!.compound.trials;
    expect(second.nodes).toEqual([{ name: 'CLR 131 Phase 2 study in B-cell malignancies' }]);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('pages cohorts in their order, readouts and citations, and the compound’s programs by indication', async () => {
    const query = `query Cohorts($after: String, $programsAfter: String) {
      trial(id: "clr-131-phase-1-rr-multiple-myeloma") {
        cohorts(first: 2, after: $after) {
          totalCount
          pageInfo { hasNextPage endCursor }
          nodes { ordinal dose { value unit } readouts(first: 1) { totalCount nodes { value } } sources(first: 1) { totalCount nodes { source { publishedOn } } } }
        }
      }
      compound(id: "clr-131") { programs(first: 3, after: $programsAfter) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }
    }`;
    const first = (await graphql(app.url, query)).body.data!;
    expect(first.trial.cohorts.totalCount).toBe(3);
    expect(first.trial.cohorts.nodes).toEqual([
      { ordinal: 1, dose: { value: 12.5, unit: 'mCi/m²' }, readouts: { totalCount: 1, nodes: [{ value: 26.2 }] }, sources: { totalCount: 1, nodes: [{ source: { publishedOn: '2017-11-07' } }] } },
      { ordinal: 2, dose: { value: 18.75, unit: 'mCi/m²' }, readouts: { totalCount: 1, nodes: [{ value: 15.4 }] }, sources: { totalCount: 1, nodes: [{ source: { publishedOn: '2017-11-07' } }] } },
    ]);
    expect(first.trial.cohorts.pageInfo.hasNextPage).toBe(true);
    expect(first.compound.programs.totalCount).toBe(4);
    expect(first.compound.programs.nodes.map((program: { id: string }) => program.id)).toEqual([
      'clr-131@b-cell-lymphoma',
      'clr-131@b-cell-malignancy',
      'clr-131@hematologic-malignancy',
    ]);
    const rest = (await graphql(app.url, query, { after: first.trial.cohorts.pageInfo.endCursor, programsAfter: first.compound.programs.pageInfo.endCursor })).body.data!;
    // Cohort 3 reports its median OS of 10 months and a partial response, which has no value: two readouts, one shown.
    expect(rest.trial.cohorts).toMatchObject({ pageInfo: { hasNextPage: false }, nodes: [{ ordinal: 3, dose: { value: 25, unit: 'mCi/m²' }, readouts: { totalCount: 2 } }] });
    expect(rest.compound.programs).toMatchObject({ pageInfo: { hasNextPage: false }, nodes: [{ id: 'clr-131@multiple-myeloma' }] });
  });

  it('pages the same nested field of many parents with one after, each parent on its own', async () => {
    const { body } = await graphql(
      app.url,
      `{ readouts(where: { kind: { eq: COMPARATOR } }) { nodes { name comparedBy(first: 1) { totalCount pageInfo { hasNextPage } nodes { cohort { ordinal } } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.readouts.nodes).toEqual([
      {
        name: 'Historic survival with standard chemotherapy in relapsed or refractory multiple myeloma',
        comparedBy: { totalCount: 3, pageInfo: { hasNextPage: true }, nodes: [{ cohort: { ordinal: 1 } }] },
      },
      {
        name: 'Median overall survival of the three most recently FDA-approved third-line multiple myeloma therapies',
        comparedBy: { totalCount: 1, pageInfo: { hasNextPage: false }, nodes: [{ cohort: { ordinal: 1 } }] },
      },
    ]);
  });

  it('fetches anything by id with node and nodes, in order, null where nothing has the id', async () => {
    const { body } = await graphql(
      app.url,
      `{
        node(id: "clr-131") { __typename id ... on Compound { name } }
        program: node(id: "clr-131@multiple-myeloma") { __typename ... on Program { stage } }
        nodes(ids: ["multiple-myeloma", "nothing-here", "cellectar-biosciences"]) { __typename id }
      }`,
    );
    expect(body.data).toEqual({
      node: { __typename: 'Compound', id: 'clr-131', name: 'CLR 131' },
      program: { __typename: 'Program', stage: 'PHASE_2' },
      nodes: [{ __typename: 'Indication', id: 'multiple-myeloma' }, null, { __typename: 'Company', id: 'cellectar-biosciences' }],
    });
  });

  it.each([
    ['first above 100', '{ companies(first: 101) { totalCount } }', 'BAD_USER_INPUT', 'first must be a whole number from 0 to 100, got 101.'],
    ['a nested first above 100', '{ compound(id: "clr-131") { trials(first: 101) { totalCount } } }', 'BAD_USER_INPUT', 'first must be a whole number from 0 to 100, got 101.'],
    ['a negative nested first', '{ source(id: "cellectar-2017-11-07-clr-131-mos-update") { citedBy(first: -1) { totalCount } } }', 'BAD_USER_INPUT', 'first must be a whole number from 0 to 100, got -1.'],
    ['a first above 100 on a program’s sources', '{ program(id: "clr-131@multiple-myeloma") { sources(first: 101) { totalCount } } }', 'BAD_USER_INPUT', 'first must be a whole number from 0 to 100, got 101.'],
    ['a nested cursor from nowhere', '{ compound(id: "clr-131") { trials(after: "not-a-cursor") { totalCount } } }', 'BAD_USER_INPUT', 'after is not a cursor of this list with this ordering; pass an endCursor this list returned.'],
    ['a cursor from nowhere', '{ companies(after: "not-a-cursor") { totalCount } }', 'BAD_USER_INPUT', 'after is not a cursor of this list with this ordering; pass an endCursor this list returned.'],
    ['an indication match without id, name or xref', '{ trials(where: { indication: {} }) { totalCount } }', 'BAD_USER_INPUT', 'An indication match needs an id, a name or an xref.'],
    ['an unknown compound', '{ compound(id: "clr-999") { name } }', 'NOT_FOUND', 'No Compound has the id "clr-999".'],
    ['an unknown program', '{ program(id: "clr-131@lung-cancer") { stage } }', 'NOT_FOUND', 'No Program has the id "clr-131@lung-cancer".'],
  ])('refuses %s with a coded error and no stack trace', async (_case, query, code, message) => {
    const { body } = await graphql(app.url, query);
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]).toMatchObject({ message, extensions: { code } });
    if (message.startsWith('first')) expect(body.errors![0]!.extensions).toMatchObject({ argument: 'first' });
    expect(body.errors![0]!.extensions).not.toHaveProperty('stacktrace');
  });

  it('tells whether a page of size 0 has items after it', async () => {
    const { body } = await graphql(app.url, '{ companies(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage } } }');
    expect(body.data).toEqual({ companies: { totalCount: 1, edges: [], pageInfo: { hasNextPage: true } } });
  });

  it('needs eq and in of one filter to hold together', async () => {
    const { body } = await graphql(
      app.url,
      `{
        none: programs(where: { compound: { eq: "nope", in: ["clr-131"] } }) { totalCount }
        both: programs(where: { compound: { eq: "clr-131", in: ["clr-131"] } }) { totalCount }
        trials(where: { id: { eq: "nope", in: ["clr-131-phase-1-rr-multiple-myeloma"] } }) { totalCount }
      }`,
    );
    expect(body.data).toEqual({ none: { totalCount: 0 }, both: { totalCount: 4 }, trials: { totalCount: 0 } });
  });

  it('refuses more than 100 ids in nodes', async () => {
    const ids = Array.from({ length: 101 }, (_, index) => `id-${index}`);
    const { body } = await graphql(app.url, 'query Many($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(body.errors?.[0]).toMatchObject({ message: 'nodes takes at most 100 ids, got 101.', extensions: { code: 'BAD_USER_INPUT', argument: 'ids' } });
  });

  it('refuses a cursor whose key is not a sort value', async () => {
    const forged = Buffer.from(JSON.stringify(['name:ASC', { name: 'x' }, 'x'])).toString('base64url');
    const { body } = await graphql(app.url, `{ companies(after: "${forged}") { totalCount } }`);
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'after' } });
  });

  it('refuses a cursor of another nested list: cohorts are ordered by ordinal, trials by name', async () => {
    const cohorts = (await graphql(app.url, '{ trial(id: "clr-131-phase-1-rr-multiple-myeloma") { cohorts(first: 1) { pageInfo { endCursor } } } }')).body.data!.trial.cohorts;
    for (const field of ['trials', 'programs']) {
      const { body } = await graphql(app.url, `{ compound(id: "clr-131") { ${field}(after: "${cohorts.pageInfo.endCursor}") { totalCount } } }`);
      expect(body.errors?.map((error) => [error.path?.join('.'), error.extensions?.code, error.extensions?.argument])).toEqual([[`compound.${field}`, 'BAD_USER_INPUT', 'after']]);
    }
  });

  it('refuses a cursor of another ordering', async () => {
    const page = (await graphql(app.url, '{ indications(first: 1) { pageInfo { endCursor } } }')).body.data!.indications;
    const { body } = await graphql(app.url, `{ indications(after: "${page.pageInfo.endCursor}", orderBy: { field: ID }) { totalCount } }`);
    expect(body.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'after' } });
  });
});
