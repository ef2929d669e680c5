import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { type GraphQLBody, graphql, loadSettled, startTestServer } from '../support/server.js';

const cite = [{ source: 'test-source', locator: 'test' }];
const node = (label: string, id: string, properties: Record<string, unknown>) => ({ label, id, properties: { name: id, ...properties }, citations: cite });

/** Given a suffix, returns a graph that exercises the stage order and designation coverage, its ids ending in the suffix. */
function programGraph(suffix: string) {
  const id = (name: string) => `${name}${suffix}`;
  return {
    bundle: `test-programs${suffix}`,
    nodes: [
      { label: 'Source', id: 'test-source', properties: { name: 'Test source', kind: 'PUBLICATION', title: 'Test', publishedOn: '2020-01-01' } },
      node('Indication', id('heme'), { kind: 'GROUPING' }),
      node('Indication', id('bcell'), { kind: 'GROUPING' }),
      node('Indication', id('mm'), { kind: 'DISEASE' }),
      node('Indication', id('lymph'), { kind: 'GROUPING' }),
      node('Compound', id('a'), { modality: 'SMALL_MOLECULE', developmentStatus: 'INVESTIGATIONAL' }),
      node('Compound', id('b'), { modality: 'SMALL_MOLECULE', developmentStatus: 'INVESTIGATIONAL' }),
      node('Compound', id('c'), { modality: 'SMALL_MOLECULE', developmentStatus: 'PRECLINICAL' }),
      node('Trial', id('t-a-phase-1-2'), { phase: 'PHASE_1_2', status: 'RECRUITING' }),
      node('Trial', id('t-b-phase-2'), { phase: 'PHASE_2', status: 'RECRUITING' }),
      node('Trial', id('t-b-phase-3'), { phase: 'PHASE_3', status: 'RECRUITING' }),
      node('Designation', id('a-orphan-bcell'), { type: 'ORPHAN_DRUG', agency: 'FDA', status: 'GRANTED' }),
    ],
    relationships: [
      { type: 'SUBTYPE_OF', from: id('bcell'), to: id('heme') },
      { type: 'SUBTYPE_OF', from: id('mm'), to: id('bcell') },
      { type: 'SUBTYPE_OF', from: id('lymph'), to: id('bcell') },
      { type: 'EVALUATES', from: id('t-a-phase-1-2'), to: id('a') },
      { type: 'STUDIES', from: id('t-a-phase-1-2'), to: id('mm') },
      { type: 'EVALUATES', from: id('t-b-phase-2'), to: id('b') },
      { type: 'STUDIES', from: id('t-b-phase-2'), to: id('lymph') },
      { type: 'EVALUATES', from: id('t-b-phase-3'), to: id('b') },
      { type: 'STUDIES', from: id('t-b-phase-3'), to: id('heme') },
      { type: 'DEVELOPED_FOR', from: id('c'), to: id('mm') },
      { type: 'HAS_DESIGNATION', from: id('a'), to: id('a-orphan-bcell') },
      { type: 'FOR_INDICATION', from: id('a-orphan-bcell'), to: id('bcell') },
    ],
  };
}

const ids = (connection: { edges: { node: { id: string; stage?: string } }[] }) => connection.edges.map((edge) => `${edge.node.id} ${edge.node.stage ?? ''}`.trim());

describe('programs over a graph built to test them', () => {
  let app: App;

  beforeAll(async () => {
    app = await startTestServer({ seedOnStart: false });
    await loadSettled(app, programGraph(''));
  });

  afterAll(async () => {
    await app.close();
  });

  it('derives each stage from the trials in the indication and its subtypes only', async () => {
    const { body } = await graphql(app.url, '{ programs { totalCount edges { node { id stage } } } }');
    expect(ids(body.data!.programs)).toEqual(['a@mm PHASE_1_2', 'b@heme PHASE_3', 'b@lymph PHASE_2', 'c@mm PRECLINICAL']);
    expect(body.data!.programs.totalCount).toBe(4);
  });

  it('keeps Phase 1/2 below Phase 2 in stage and stageAtLeast', async () => {
    const { body } = await graphql(
      app.url,
      `{
        phase2: programs(where: { stage: PHASE_2 }) { edges { node { id } } }
        atLeast2: programs(where: { stageAtLeast: PHASE_2 }) { edges { node { id } } }
        atLeast12: programs(where: { stageAtLeast: PHASE_1_2 }) { totalCount }
      }`,
    );
    expect(ids(body.data!.phase2)).toEqual(['b@lymph']);
    expect(ids(body.data!.atLeast2)).toEqual(['b@heme', 'b@lymph']);
    expect(body.data!.atLeast12.totalCount).toBe(3);
  });

  it('filters stages with eq, in, gte and lte in the stage order, all given holding', async () => {
    const { body } = await graphql(
      app.url,
      `{
        early: programs(where: { stages: { in: [PHASE_1, PHASE_1_2] } }) { edges { node { id } } }
        upTo2: programs(where: { stages: { lte: PHASE_2 } }) { totalCount edges { node { id } } }
        between: programs(where: { stages: { gte: PHASE_1, lte: PHASE_2 } }) { edges { node { id } } }
        both: programs(where: { stages: { in: [PHASE_2, PHASE_3] }, stageAtLeast: PHASE_3 }) { edges { node { id } } }
        none: programs(where: { stages: { eq: PHASE_2, in: [PHASE_3] } }) { totalCount }
      }`,
    );
    expect(body.errors).toBeUndefined();
    expect(ids(body.data!.early)).toEqual(['a@mm']);
    expect(ids(body.data!.upTo2)).toEqual(['a@mm', 'b@lymph', 'c@mm']);
    expect(body.data!.upTo2.totalCount).toBe(3);
    expect(ids(body.data!.between)).toEqual(['a@mm', 'b@lymph']);
    expect(ids(body.data!.both)).toEqual(['b@heme']);
    expect(body.data!.none.totalCount).toBe(0);
    const refused = await graphql(app.url, '{ programs(where: { stages: { lte: WITHDRAWAL } }) { totalCount } }');
    expect(refused.body.errors?.[0]).toMatchObject({
      message: 'where.stages.lte must be a stage of the order PRECLINICAL < IND < EARLY_PHASE_1 < PHASE_1 < PHASE_1_2 < PHASE_2 < PHASE_2_3 < PHASE_3 < PREAPPROVAL < APPROVAL; WITHDRAWAL is outside it.',
      extensions: { code: 'BAD_USER_INPUT', argument: 'where.stages.lte' },
    });
  });

  it('counts a designation for a broader indication, not for a narrower one', async () => {
    const { body } = await graphql(
      app.url,
      `{
        orphan: programs(where: { designation: { type: ORPHAN_DRUG } }) { edges { node { id designations { nodes { id } } } } }
        inBCell: programs(where: { designation: { type: ORPHAN_DRUG }, indication: { id: "bcell" } }) { totalCount }
        inMyeloma: programs(where: { designation: { type: ORPHAN_DRUG }, indication: { id: "mm" } }) { nodes { id } }
        inLymphoma: programs(where: { designation: { type: ORPHAN_DRUG }, indication: { id: "lymph" } }) { totalCount }
      }`,
    );
    // The designation is for B-cell (above myeloma): it covers a@mm when the filter names myeloma only.
    expect(body.data!.orphan.edges).toEqual([{ node: { id: 'a@mm', designations: { nodes: [{ id: 'a-orphan-bcell' }] } } }]);
    expect(body.data!.inBCell.totalCount).toBe(1);
    expect(body.data!.inMyeloma.nodes).toEqual([{ id: 'a@mm' }]);
    expect(body.data!.inLymphoma.totalCount).toBe(0);
  });

  it('counts a designation for any parent of an indication with two, when the filter names an indication above it', async () => {
    await loadSettled(app, {
      bundle: 'test-two-parents',
      nodes: [
        node('Indication', 'pcn', { kind: 'GROUPING' }),
        node('Compound', 'x', { modality: 'SMALL_MOLECULE', developmentStatus: 'INVESTIGATIONAL' }),
        node('Trial', 't-x-phase-2', { phase: 'PHASE_2', status: 'RECRUITING' }),
        node('Designation', 'x-orphan-pcn', { type: 'ORPHAN_DRUG', agency: 'FDA', status: 'GRANTED' }),
      ],
      relationships: [
        { type: 'SUBTYPE_OF', from: 'mm', to: 'pcn' },
        { type: 'EVALUATES', from: 't-x-phase-2', to: 'x' },
        { type: 'STUDIES', from: 't-x-phase-2', to: 'mm' },
        { type: 'HAS_DESIGNATION', from: 'x', to: 'x-orphan-pcn' },
        { type: 'FOR_INDICATION', from: 'x-orphan-pcn', to: 'pcn' },
      ],
    });
    try {
      // Myeloma is under B-cell and under pcn; the designation for pcn covers x@mm, whichever of mm's parents the filter names.
      const { body } = await graphql(
        app.url,
        `{
          bcell: programs(where: { designation: { type: ORPHAN_DRUG }, indication: { id: "bcell" } }) { totalCount nodes { id } }
          heme: programs(where: { designation: { type: ORPHAN_DRUG }, indication: { id: "heme" } }) { totalCount nodes { id } }
        }`,
      );
      expect(body.data!.bcell).toEqual({ totalCount: 2, nodes: [{ id: 'a@mm' }, { id: 'x@mm' }] });
      expect(body.data!.heme).toEqual({ totalCount: 2, nodes: [{ id: 'a@mm' }, { id: 'x@mm' }] });
    } finally {
      await loadSettled(app, {
        bundle: 'test-two-parents-undone',
        nodes: [],
        unlink: [
          { type: 'SUBTYPE_OF', from: 'mm', to: 'pcn' },
          { type: 'EVALUATES', from: 't-x-phase-2', to: 'x' },
          { type: 'HAS_DESIGNATION', from: 'x', to: 'x-orphan-pcn' },
        ],
      });
    }
  });

  it('pages through every program once, as many as totalCount says', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 5; page += 1) {
      const { body }: { body: GraphQLBody } = await graphql(app.url, 'query Page($after: String) { programs(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }', { after });
      const programs: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } = body.data!.programs;
      total = programs.totalCount;
      seen.push(...ids(programs));
      if (!programs.pageInfo.hasNextPage) break;
      after = programs.pageInfo.endCursor;
    }
    expect(seen).toEqual(['a@mm', 'b@heme', 'b@lymph', 'c@mm']);
    expect(total).toBe(seen.length);
  });

  it('counts beside the page when totalCount is asked for directly, in an inline fragment or in a named one, and only then', async () => {
    const statements = async (query: string) => {
      const names: string[] = [];
      const stop = app.executor.observe((event) => names.push(event.name));
      const { body } = await graphql(app.url, query);
      stop();
      return { body, names: names.sort() };
    };
    const direct = await statements('{ programs(first: 1, where: { indication: { id: "bcell" } }) { totalCount nodes { id } } }');
    expect(direct.body.data!.programs).toEqual({ totalCount: 3, nodes: [{ id: 'a@mm' }] });
    expect(direct.names).toEqual(['program/count-programs', 'program/list-indications-by-match', 'program/list-programs']);
    const inline = await statements('{ programs(first: 1, where: { indication: { id: "bcell" } }) { ... on ProgramConnection { totalCount } } }');
    expect(inline.body.data!.programs).toEqual({ totalCount: 3 });
    expect(inline.names).toContain('program/count-programs');
    const named = await statements('query { programs(first: 1, where: { indication: { id: "bcell" } }) { ...Total } } fragment Total on ProgramConnection { totalCount }');
    expect(named.body.data!.programs).toEqual({ totalCount: 3 });
    expect(named.names).toContain('program/count-programs');
    const none = await statements('{ programs(first: 1, where: { indication: { id: "bcell" } }) { nodes { id } } }');
    expect(none.names).toEqual(['program/list-indications-by-match', 'program/list-programs']);
    // Every program, or those at some stages: the total is the sum of the per-stage counts the page already read.
    const all = await statements('{ programs(first: 1) { totalCount nodes { id } } }');
    expect(all.body.data!.programs).toEqual({ totalCount: 4, nodes: [{ id: 'a@mm' }] });
    expect(all.names).toEqual(['program/list-program-counts', 'program/list-programs-by-bucket-walk']);
  });

  it('lists a compound named twice once, and answers a stage filter no stage meets without reading programs', async () => {
    const { body } = await graphql(app.url, '{ programs(where: { compound: { in: ["b", "b"] } }) { totalCount nodes { id } } }');
    expect(body.data!.programs).toEqual({ totalCount: 2, nodes: [{ id: 'b@heme' }, { id: 'b@lymph' }] });
    const names: string[] = [];
    const stop = app.executor.observe((event) => names.push(event.name));
    const none = await graphql(app.url, '{ programs(where: { stage: PHASE_1_2, stageAtLeast: PHASE_2 }) { totalCount nodes { id } } }');
    stop();
    expect(none.body.data!.programs).toEqual({ totalCount: 0, nodes: [] });
    expect(names).toEqual([]);
    // Nor one that no program can meet whatever the data: an empty OR, NOT of an empty filter, one of them in an AND.
    const stopAgain = app.executor.observe((event) => names.push(event.name));
    for (const where of ['{ OR: [] }', '{ NOT: {} }', '{ AND: [{ stage: PHASE_2 }, { OR: [{ OR: [] }, { NOT: { AND: [] } }] }] }']) {
      const { body: empty } = await graphql(app.url, `{ programs(where: ${where}) { totalCount nodes { id } } }`);
      expect(empty.data!.programs).toEqual({ totalCount: 0, nodes: [] });
    }
    stopAgain();
    expect(names).toEqual([]);
  });

  it("pages a compound's programs by indication, and a program's trials, with counts", async () => {
    const query = `query Programs($after: String, $trialsAfter: String) {
      compound(id: "b") { programs(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id stage } } }
      program(id: "b@heme") { trials(first: 1, after: $trialsAfter) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }
    }`;
    const first = (await graphql(app.url, query)).body.data!;
    expect(first.compound.programs).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true }, nodes: [{ id: 'b@heme', stage: 'PHASE_3' }] });
    // Both of b's trials study heme or a subtype of it: the Phase 2 one (in lymph) sorts first by name.
    expect(first.program.trials).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true }, nodes: [{ id: 't-b-phase-2' }] });
    const { body } = await graphql(app.url, query, { after: first.compound.programs.pageInfo.endCursor, trialsAfter: first.program.trials.pageInfo.endCursor });
    expect(body.data!.compound.programs).toMatchObject({ pageInfo: { hasNextPage: false }, nodes: [{ id: 'b@lymph', stage: 'PHASE_2' }] });
    expect(body.data!.program.trials).toMatchObject({ pageInfo: { hasNextPage: false }, nodes: [{ id: 't-b-phase-3' }] });
  });

  it('finds a program by id only where the compound is studied or developed in the indication', async () => {
    const { body } = await graphql(app.url, '{ nodes(ids: ["a@mm", "c@mm", "a@heme", "a@nowhere", "a@mm@x"]) { id ... on Program { stage } } }');
    expect(body.data!.nodes).toEqual([{ id: 'a@mm', stage: 'PHASE_1_2' }, { id: 'c@mm', stage: 'PRECLINICAL' }, null, null, null]);
  });

  it('merges a program’s citations per source, from its trials and designations', async () => {
    const { body } = await graphql(app.url, '{ program(id: "a@mm") { sources { totalCount nodes { source { id } locators } } } }');
    expect(body.data!.program.sources).toEqual({ totalCount: 1, nodes: [{ source: { id: 'test-source' }, locators: ['test'] }] });
  });

  it('loads programs, their trials, designations and sources in a fixed number of statements', async () => {
    // 100 compounds, each with 5 programs of 5 trials, 5 designations and 9 sources: at most 10,100 nodes.
    const query =
      '{ compounds(first: 100) { edges { node { programs(first: 5) { totalCount nodes { stage trials(first: 5) { nodes { name } } designations(first: 5) { nodes { type } } sources(first: 9) { totalCount nodes { locators } } } } } } } }';
    const count = async () => {
      let statements = 0;
      const stop = app.executor.observe(() => {
        statements += 1;
      });
      const { body } = await graphql(app.url, query);
      stop();
      expect(body.errors).toBeUndefined();
      return { statements, programs: body.data!.compounds.edges.flatMap((edge: { node: { programs: { nodes: unknown[] } } }) => edge.node.programs.nodes).length };
    };
    const small = await count();
    await loadSettled(app, programGraph('-2'));
    await loadSettled(app, programGraph('-3'));
    const large = await count();
    expect(small.programs).toBe(4);
    expect(large.programs).toBe(12);
    // compounds; programs and their count; trials; designations; sources and their count.
    expect(small.statements).toBe(7);
    expect(large.statements).toBe(small.statements);
  });
});

/** Companies developing the program graph's compounds, and a compound with no trial and no stated stage (its program UNKNOWN). */
const developers = {
  bundle: 'test-program-developers',
  nodes: [
    node('Company', 'co-x', {}),
    node('Company', 'co-y', {}),
    node('Compound', 'd', { modality: 'SMALL_MOLECULE', developmentStatus: 'INVESTIGATIONAL' }),
  ],
  relationships: [
    { type: 'DEVELOPS', from: 'co-x', to: 'a' },
    { type: 'DEVELOPS', from: 'co-x', to: 'b' },
    { type: 'DEVELOPS', from: 'co-y', to: 'c' },
    { type: 'DEVELOPS', from: 'co-x', to: 'd' },
    { type: 'DEVELOPS', from: 'co-y', to: 'd' },
    { type: 'DEVELOPED_FOR', from: 'd', to: 'lymph' },
  ],
};

describe('programs filtered with AND, OR, NOT, companies and trials, and sorted', () => {
  let app: App;
  const list = async (where: string, more = '') => {
    const { body } = await graphql(app.url, `{ programs(where: ${where}${more}) { totalCount edges { node { id stage } } } }`);
    expect(body.errors).toBeUndefined();
    return { ids: ids(body.data!.programs), total: body.data!.programs.totalCount as number };
  };

  beforeAll(async () => {
    app = await startTestServer({ seedOnStart: false });
    await loadSettled(app, programGraph(''));
    await loadSettled(app, developers);
  });

  afterAll(async () => {
    await app.close();
  });

  it('combines filters with OR, NOT and AND, counting what it lists', async () => {
    expect(await list('{ OR: [{ stage: PHASE_3 }, { compound: { eq: "c" } }] }')).toEqual({ ids: ['b@heme PHASE_3', 'c@mm PRECLINICAL'], total: 2 });
    expect(await list('{ NOT: { stages: { gte: PHASE_2 } } }')).toEqual({ ids: ['a@mm PHASE_1_2', 'c@mm PRECLINICAL', 'd@lymph UNKNOWN'], total: 3 });
    expect(await list('{ indication: { id: "bcell" }, OR: [{ designation: { type: ORPHAN_DRUG } }, { stage: PHASE_2 }] }')).toEqual({ ids: ['a@mm PHASE_1_2', 'b@lymph PHASE_2'], total: 2 });
    expect(await list('{ AND: [{ stages: { gte: PHASE_1 } }, { NOT: { indication: { id: "lymph" } } }] }')).toEqual({ ids: ['a@mm PHASE_1_2', 'b@heme PHASE_3'], total: 2 });
    expect(await list('{ OR: [] }')).toEqual({ ids: [], total: 0 });
    expect(await list('{ NOT: { OR: [{ indication: { name: "lymph" } }, { indication: { name: "no such thing" } }] } }')).toEqual({ ids: ['a@mm PHASE_1_2', 'b@heme PHASE_3', 'c@mm PRECLINICAL'], total: 3 });
  });

  it('filters by the companies developing the compound: some, none, every', async () => {
    expect(await list('{ companies: { some: { name: { eq: "CO-Y" } } } }')).toEqual({ ids: ['c@mm PRECLINICAL', 'd@lymph UNKNOWN'], total: 2 });
    expect(await list('{ companies: { some: { name: { startsWith: "co-" } }, none: { name: { eq: "co-y" } } } }')).toEqual({ ids: ['a@mm PHASE_1_2', 'b@heme PHASE_3', 'b@lymph PHASE_2'], total: 3 });
    expect(await list('{ companies: { every: { name: { eq: "co-y" } } } }')).toEqual({ ids: ['c@mm PRECLINICAL'], total: 1 });
  });

  it('filters by the trials behind each program, those of its indication’s subtypes included', async () => {
    // The Phase 2 trial studies lymph, a subtype of heme: it stands behind b@heme as well as b@lymph.
    expect(await list('{ trials: { some: { phase: { eq: PHASE_2 } } } }')).toEqual({ ids: ['b@heme PHASE_3', 'b@lymph PHASE_2'], total: 2 });
    expect(await list('{ trials: { none: { phase: { eq: PHASE_2 } } } }')).toEqual({ ids: ['a@mm PHASE_1_2', 'c@mm PRECLINICAL', 'd@lymph UNKNOWN'], total: 3 });
    // Every trial in Phase 3: b@heme also has the Phase 2 one; c and d have no trial, which every holds for.
    expect(await list('{ trials: { every: { phase: { eq: PHASE_3 } } } }')).toEqual({ ids: ['c@mm PRECLINICAL', 'd@lymph UNKNOWN'], total: 2 });
    expect(await list('{ trials: { some: { name: { startsWith: "t-a" } } }, companies: { some: { name: { eq: "co-x" } } } }')).toEqual({ ids: ['a@mm PHASE_1_2'], total: 1 });
  });

  it('sorts by stage in the stage order, UNKNOWN last either way, and pages the sorted list', async () => {
    const descending = await list('{}', ', orderBy: { field: STAGE, direction: DESC }');
    expect(descending.ids).toEqual(['b@heme PHASE_3', 'b@lymph PHASE_2', 'a@mm PHASE_1_2', 'c@mm PRECLINICAL', 'd@lymph UNKNOWN']);
    expect((await list('{}', ', orderBy: { field: STAGE }')).ids).toEqual(['c@mm PRECLINICAL', 'a@mm PHASE_1_2', 'b@lymph PHASE_2', 'b@heme PHASE_3', 'd@lymph UNKNOWN']);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const { body }: { body: GraphQLBody } = await graphql(app.url, 'query($after: String) { programs(first: 2, after: $after, orderBy: { field: STAGE, direction: DESC }) { edges { node { id } } pageInfo { hasNextPage endCursor } } }', { after });
      const page: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = body.data!.programs;
      seen.push(...page.edges.map((edge: { node: { id: string } }) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(['b@heme', 'b@lymph', 'a@mm', 'c@mm', 'd@lymph']);
  });

  it('sorts by compound name, indication name and id either way', async () => {
    expect((await list('{ compound: { in: ["a", "b"] } }', ', orderBy: { field: INDICATION_NAME, direction: DESC }')).ids).toEqual(['a@mm PHASE_1_2', 'b@lymph PHASE_2', 'b@heme PHASE_3']);
    expect((await list('{ stages: { gte: PHASE_1 } }', ', orderBy: { field: COMPOUND_NAME, direction: DESC }')).ids).toEqual(['b@lymph PHASE_2', 'b@heme PHASE_3', 'a@mm PHASE_1_2']);
    expect((await list('{}', ', orderBy: { field: ID, direction: DESC }')).ids).toEqual(['d@lymph UNKNOWN', 'c@mm PRECLINICAL', 'b@lymph PHASE_2', 'b@heme PHASE_3', 'a@mm PHASE_1_2']);
  });

  it('refuses a cursor of another ordering, and names the argument of a bad nested filter', async () => {
    const { body: first } = await graphql(app.url, '{ programs(first: 1) { pageInfo { endCursor } } }');
    const { body } = await graphql(app.url, 'query($after: String) { programs(after: $after, orderBy: { field: STAGE }) { totalCount } }', { after: first.data!.programs.pageInfo.endCursor });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    const { body: nested } = await graphql(app.url, '{ programs(where: { OR: [{ stage: PHASE_1 }, { NOT: { stages: { gte: UNKNOWN } } }] }) { totalCount } }');
    expect(nested.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'where.OR[1].NOT.stages.gte' });
    const { body: empty } = await graphql(app.url, '{ programs(where: { OR: [{ indication: {} }] }) { totalCount } }');
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'where.OR[0].indication' });
  });

  it('warns, naming the nested argument, when an indication name in an OR names no indication and nothing matched', async () => {
    const { body } = await graphql(app.url, '{ programs(where: { OR: [{ stage: APPROVAL }, { indication: { name: "lymphh" } }] }) { totalCount } }');
    expect(body.data!.programs.totalCount).toBe(0);
    expect(body.extensions?.warnings).toEqual([expect.objectContaining({ code: 'NO_MATCH', argument: 'where.OR[1].indication.name', suggestions: ['lymph'] })]);
    // Another branch of the OR matched: the answer is not empty, and says nothing matched nowhere.
    const { body: some } = await graphql(app.url, '{ programs(where: { OR: [{ stage: PHASE_3 }, { indication: { name: "lymphh" } }] }) { totalCount } }');
    expect(some.data!.programs.totalCount).toBe(1);
    expect(some.extensions?.warnings).toBeUndefined();
  });

  it('names the path of a bad indication match nested in a relation filter', async () => {
    const { body } = await graphql(app.url, '{ programs(where: { trials: { every: { indication: {} } } }) { totalCount } }');
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'where.trials.every.indication' });
    const { body: xref } = await graphql(app.url, '{ programs(where: { companies: { none: { compounds: { some: { indication: { xref: "bogus" } } } } } }) { totalCount } }');
    expect(xref.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'where.companies.none.compounds.some.indication.xref' });
    const { body: matches } = await graphql(app.url, '{ indications(where: { ancestors: { some: { matches: {} } } }) { totalCount } }');
    expect(matches.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'where.ancestors.some.matches' });
  });

  it('refuses a cursor whose sort value is not a text, a number or null', async () => {
    const forged = Buffer.from(JSON.stringify(['STAGE', 'ASC', { a: 1 }, 'a@mm'])).toString('base64url');
    const { body } = await graphql(app.url, 'query($after: String) { programs(after: $after, orderBy: { field: STAGE }) { totalCount } }', { after: forged });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });
});
