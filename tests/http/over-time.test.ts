import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { loadBundle } from '../../src/ingest/load-bundle.js';
import { dataOf, graphql, startTestServer } from '../support/server.js';

/** The headline question: orphan-designated programs in Phase 2 for B-cell malignancies. */
const HEADLINE = 'programs(where: { designation: { type: ORPHAN_DRUG }, stage: PHASE_2, indication: { name: "B-cell malignancy" } }) { nodes { id stage } }';

describe('the program over time: series, names, milestones, disagreements and @asOf', () => {
  let app: App;

  beforeAll(async () => {
    app = await startTestServer({ seedHistory: true });
  });

  afterAll(async () => {
    await app.close();
  });

  const data = (query: string, variables?: Record<string, unknown>) => dataOf(app.url, query, variables);
  const ids = (list: { nodes: { id: string }[] }) => list.nodes.map((node) => node.id);

  it('keeps cohort 1’s survival as a series in report order, each point as its source gives it, the latest marked', async () => {
    const { series, healthTree } = await data(`{
      series(id: "clr-131-phase-1-cohort-1-survival") { measure definitionChanged points { nodes { value unit metric qualifiers reportedOn knownFrom } } latest { id value } }
      healthTree: readout(id: "clr-131-phase-1-pi-imid-relapsed-overall-survival-2019-02-02") { value series { id } }
    }`);
    expect(series.measure).toBe('survival');
    // The metric changes from 2016 to 2017: the series says so.
    expect(series.definitionChanged).toBe(true);
    expect(series.points.nodes).toEqual([
      { value: 11.9, unit: 'MONTHS', metric: 'post treatment median survival', qualifiers: ['at this time', 'still rising'], reportedOn: '2016-12-01', knownFrom: '2016-12-01' },
      { value: null, unit: null, metric: 'median overall survival (mOS)', qualifiers: ['not yet evaluable'], reportedOn: '2016-12-01', knownFrom: '2016-12-01' },
      // No report date: Rare Cancer News gives it as earlier than the 26.2 months, in its article of the next day.
      { value: 22, unit: 'MONTHS', metric: 'median overall survival', qualifiers: ['preliminary'], reportedOn: null, knownFrom: '2017-11-08' },
      { value: 26.2, unit: 'MONTHS', metric: 'median overall survival (mOS)', qualifiers: ['ongoing'], reportedOn: '2017-11-07', knownFrom: '2017-11-07' },
    ]);
    expect(series.latest).toEqual({ id: 'clr-131-phase-1-cohort-1-median-os-2017-11-07', value: 26.2 });
    // The 22 months HealthTree gave in 2019 is for another population: not a point of cohort 1's series.
    expect(healthTree).toEqual({ value: 22, series: null });
  });

  it('gives every series’ values in report order with their report dates, cut-offs and evaluable patients, as the sheets give them', async () => {
    const { readoutSeries } = await data('{ readoutSeries { nodes { id points { nodes { value unit reportedOn dataCutoff evaluableCount } } latest { value } } } }');
    type Point = { value: number | null; unit: string | null; reportedOn: string | null; dataCutoff: string | null; evaluableCount: number | null };
    const series = Object.fromEntries(
      (readoutSeries.nodes as { id: string; points: { nodes: Point[] }; latest: { value: number | null } }[]).map((each) => [
        each.id,
        { points: each.points.nodes.map((point) => [point.value, point.unit, point.reportedOn, point.dataCutoff, point.evaluableCount]), latest: each.latest.value },
      ]),
    );
    expect(series).toEqual({
      'clr-131-phase-1-cohort-1-survival': {
        points: [[11.9, 'MONTHS', '2016-12-01', null, null], [null, null, '2016-12-01', null, null], [22, 'MONTHS', null, null, null], [26.2, 'MONTHS', '2017-11-07', null, null]],
        latest: 26.2,
      },
      'clr-131-phase-1-cohort-2-survival': { points: [[4.9, 'MONTHS', '2016-12-01', null, null], [null, null, '2016-12-01', null, null], [15.4, 'MONTHS', '2017-11-07', null, null]], latest: 15.4 },
      'clr-131-lpl-wm-overall-response-rate': {
        points: [[100, 'PERCENT', '2020-05-26', null, null], [76, 'PERCENT', '2024-01-08', '2024-01-03', 41], [80, 'PERCENT', '2024-07-23', '2024-05-31', 55]],
        latest: 80,
      },
      'clover-wam-major-response-rate': { points: [[61, 'PERCENT', '2024-01-08', '2024-01-03', 41], [56, 'PERCENT', '2024-07-23', '2024-05-31', 55]], latest: 56 },
      'clr-131-lpl-wm-complete-response': {
        points: [[25, 'PERCENT', '2020-05-26', null, null], [8, 'PERCENT', '2024-01-08', '2024-01-03', 41], [7, 'PERCENT', '2024-07-23', '2024-05-31', 55]],
        latest: 7,
      },
    });
  });

  it('shows the complete responses in LPL/WM under each definition, at both CLOVER-WaM cut-offs', async () => {
    const { series } = await data(`{ series(id: "clr-131-lpl-wm-complete-response") { definitionChanged points { nodes { value metric reportedOn dataCutoff evaluableCount } } } }`);
    expect(series.definitionChanged).toBe(true);
    expect(series.points.nodes).toEqual([
      { value: 25, metric: 'complete response', reportedOn: '2020-05-26', dataCutoff: null, evaluableCount: null },
      { value: 8, metric: 'stringent complete remission', reportedOn: '2024-01-08', dataCutoff: '2024-01-03', evaluableCount: 41 },
      { value: 7, metric: 'complete/very good partial response', reportedOn: '2024-07-23', dataCutoff: '2024-05-31', evaluableCount: 55 },
    ]);
  });

  it('answers the headline question as the sources published by each date gave it', async () => {
    const asOf = async (date: string) => (await data(`query @asOf(date: "${date}") { ${HEADLINE} }`)).programs.nodes;
    // The day before the release: the Phase 2 study was not published yet.
    expect(await asOf('2017-11-06')).toEqual([]);
    // The seed's answer.
    expect(await asOf('2017-11-07')).toEqual([{ id: 'clr-131@multiple-myeloma', stage: 'PHASE_2' }]);
    // After the LPL orphan designation (2020-03-25) and CLOVER-1's LPL/WM scope (2020-05-26).
    const later = [
      { id: 'clr-131@lymphoplasmacytic-lymphoma', stage: 'PHASE_2' },
      { id: 'clr-131@multiple-myeloma', stage: 'PHASE_2' },
      { id: 'clr-131@waldenstrom-macroglobulinemia', stage: 'PHASE_2' },
    ];
    expect(await asOf('2020-05-25')).toEqual([{ id: 'clr-131@multiple-myeloma', stage: 'PHASE_2' }]);
    expect(await asOf('2020-06-01')).toEqual(later);
    expect(await asOf('2026-11-26')).toEqual(later);
    expect((await data(`{ ${HEADLINE} }`)).programs.nodes).toEqual(later);
  });

  it('gives a program its stage and designations over time, and its stage as of a date', async () => {
    const { program } = await data('{ program(id: "clr-131@multiple-myeloma") { stage history { since stage designations } } }');
    expect(program).toEqual({
      stage: 'PHASE_2',
      history: [
        { since: '2016-12-01', stage: 'PHASE_1', designations: [] },
        { since: '2017-10-06', stage: 'PHASE_1', designations: ['FDA:ORPHAN_DRUG'] },
        { since: '2017-11-07', stage: 'PHASE_2', designations: ['FDA:ORPHAN_DRUG'] },
      ],
    });
    const early = await data('query @asOf(date: "2017-01-01") { programs(orderBy: { field: STAGE, direction: DESC }) { totalCount nodes { id stage trials { nodes { id } } } } }');
    expect(early.programs).toEqual({ totalCount: 1, nodes: [{ id: 'clr-131@multiple-myeloma', stage: 'PHASE_1', trials: { nodes: [{ id: 'clr-131-phase-1-rr-multiple-myeloma' }] } }] });
    const { lookup } = await data('query @asOf(date: "2017-10-31") { lookup: program(id: "clr-131@multiple-myeloma") { stage designations { nodes { id } } } }');
    expect(lookup).toEqual({ stage: 'PHASE_1', designations: { nodes: [{ id: 'clr-131-fda-orphan-drug-multiple-myeloma' }] } });
  });

  it('ends a series at its latest point reported by the date', async () => {
    const query = (date: string) => `query @asOf(date: "${date}") { series(id: "clr-131-phase-1-cohort-1-survival") { points { nodes { value metric } } latest { value metric } } }`;
    expect((await data(query('2017-11-07'))).series).toEqual({
      points: { nodes: [{ value: 11.9, metric: 'post treatment median survival' }, { value: null, metric: 'median overall survival (mOS)' }, { value: 26.2, metric: 'median overall survival (mOS)' }] },
      latest: { value: 26.2, metric: 'median overall survival (mOS)' },
    });
    // At the end of 2016 the median overall survival could not be evaluated yet.
    expect((await data(query('2016-12-31'))).series.latest).toEqual({ value: null, metric: 'median overall survival (mOS)' });
  });

  it('holds only what dated sources gave by the date: designations, and nothing that only undated documents state', async () => {
    const { designations } = await data('query @asOf(date: "2018-12-31") { designations(first: 50) { nodes { id grantedOn knownFrom } } }');
    expect(designations.nodes).toEqual([
      { id: 'clr-131-fda-orphan-drug-ewing-sarcoma', grantedOn: null, knownFrom: '2018-08-13' },
      { id: 'clr-131-fda-orphan-drug-multiple-myeloma', grantedOn: null, knownFrom: '2017-10-06' },
      { id: 'clr-131-fda-orphan-drug-neuroblastoma', grantedOn: null, knownFrom: '2018-05-02' },
      { id: 'clr-131-fda-rare-pediatric-disease-ewing-sarcoma', grantedOn: '2018-08-13', knownFrom: '2018-08-13' },
      { id: 'clr-131-fda-rare-pediatric-disease-neuroblastoma', grantedOn: null, knownFrom: '2018-05-02' },
      { id: 'clr-131-fda-rare-pediatric-disease-rhabdomyosarcoma', grantedOn: null, knownFrom: '2018-06-06' },
    ]);
    // The EU orphan designation for WM is stated only by undated pages: known as of no date, even today's.
    const eu = 'designation(id: "clr-131-eu-orphan-drug-waldenstrom-macroglobulinemia") { knownFrom sources { nodes { source { publishedOn publishedNotBefore } } } }';
    expect((await data(`{ ${eu} }`)).designation).toEqual({
      knownFrom: null,
      sources: { nodes: [{ source: { publishedOn: null, publishedNotBefore: '2020-03-25' } }, { source: { publishedOn: null, publishedNotBefore: '2020-05-26' } }] },
    });
    const today = await graphql(app.url, `query @asOf(date: "2026-11-26") { ${eu} }`);
    expect(today.body.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
    const { now } = await data('{ now: designations(where: { agency: { eq: EMA } }) { totalCount } }');
    expect(now.totalCount).toBe(3);
    const asOfToday = await data('query @asOf(date: "2026-11-26") { designations(where: { agency: { eq: EMA } }) { nodes { id } } }');
    // EU/3/19/2204 is on an undated register page too: no EMA designation is known as of any date.
    expect(asOfToday.designations.nodes).toEqual([]);
  });

  it('keeps the indications and their hierarchy whatever the date, a curated vocabulary', async () => {
    const query = '{ indications { totalCount } wm: indication(id: "waldenstrom-macroglobulinemia") { parent { id } ancestors { totalCount } } b: indication(id: "b-cell-malignancy") { children { totalCount } descendants { totalCount } } }';
    const now = await data(query);
    expect(now.wm.parent).toEqual({ id: 'lymphoplasmacytic-lymphoma' });
    expect(await data(`query @asOf(date: "2010-01-01") ${query}`)).toEqual(now);
  });

  it('finds CLR 131 by each of its names, each with when it was first seen and where, and by none before then', async () => {
    // What is asked, and the name it matches, as the sources print it.
    const asked = [
      ['iopofosine I-131', 'iopofosine I 131'],
      ['iopofosine', 'iopofosine I 131'],
      ['CLR1404', 'CLR1404'],
      ['I-131-CLR1404', 'I-131-CLR1404'],
      ['18-(p-[131]-iodophenyl) octadecyl phosphocholine', '18-(p-[131]-iodophenyl) octadecyl phosphocholine'],
      ['iodophenyl octadecyl phosphocholine', '18-(p-[131]-iodophenyl) octadecyl phosphocholine'],
    ];
    for (const [query, name] of asked) {
      const { search } = await data('query ($q: String!) { search(query: $q, types: [COMPOUND]) { nodes { node { id } matched { field value } } } }', { q: query });
      expect([query, search.nodes[0]]).toEqual([query, { node: { id: 'clr-131' }, matched: { field: 'names', value: name } }]);
    }
    const { compound } = await data('{ compound(id: "clr-131") { names { nodes { name kind firstSeen { on source { publisher } } } } } }');
    expect(compound.names.nodes).toContainEqual({ name: 'iopofosine I 131', kind: 'NONPROPRIETARY_NAME', firstSeen: { on: '2024-05-29', source: { publisher: 'Cellectar Biosciences, Inc.' } } });
    expect(compound.names.nodes).toContainEqual({ name: 'I-131-CLR1404', kind: 'CODE_NAME', firstSeen: { on: '2020-04-09', source: { publisher: 'ClinicalTrials.gov' } } });
    expect(compound.names.nodes).toContainEqual({ name: 'CLR 131', kind: 'CODE_NAME', firstSeen: { on: '2016-12-01', source: { publisher: 'Cellectar Biosciences, Inc.' } } });
    const { search } = await data('query @asOf(date: "2024-05-28") { search(query: "iopofosine") { totalCount } }');
    expect(search.totalCount).toBe(0);
  });

  it('gives a trial’s dates and statuses over time, each from its source', async () => {
    const { trial } = await data('{ trial(id: "clr-131-phase-1-rr-multiple-myeloma") { milestones(first: 50) { nodes { kind on status count sources { nodes { source { publisher } } } } } } }');
    type Milestone = { kind: string; on: string | null; status: string | null; count: number | null; sources: { nodes: { source: { publisher: string } }[] } };
    const statuses = (trial.milestones.nodes as Milestone[]).filter((milestone) => milestone.kind === 'STATUS' && milestone.on).map((milestone) => [milestone.on, milestone.status, milestone.sources.nodes[0]?.source.publisher]);
    expect(statuses).toEqual([
      ['2018-06-06', 'ONGOING', 'MAESTRO Database blog (maestrodatabase.com)'],
      ['2020-04-09', 'UNKNOWN', 'ClinicalTrials.gov'],
      ['2023-02-22', 'COMPLETED', 'MedDataX'],
    ]);
    expect(trial.milestones.nodes).toContainEqual({ kind: 'STUDY_COMPLETION', on: '2022-08-10', status: null, count: null, sources: { nodes: [{ source: { publisher: 'MedDataX' } }] } });
    expect(trial.milestones.nodes).toContainEqual({ kind: 'ENROLLMENT', on: null, status: null, count: 31, sources: { nodes: [{ source: { publisher: 'MedDataX' } }] } });
  });

  it('lists the facts on which sources disagree, every version with its source, from when the last version was published', async () => {
    const { disagreements, disagreement } = await data(`{
      disagreements(where: { kind: { eq: CONTRADICTION } }, first: 50) { totalCount nodes { id } }
      disagreement(id: "disagreement-phase-1-partial-response-cohort") { topic knownFrom versions { nodes { source { publishedOn } says } } concerns(first: 20) { nodes { id } } }
    }`);
    expect(ids(disagreements)).toContain('disagreement-phase-1-partial-response-cohort');
    expect(disagreement.knownFrom).toBe('2017-11-07');
    expect(disagreement.versions.nodes.map((version: { source: { publishedOn: string } }) => version.source.publishedOn).sort()).toEqual(['2017-02-27', '2017-10-06', '2017-10-24', '2017-11-07']);
    expect(disagreement.versions.nodes.find((version: { source: { publishedOn: string } }) => version.source.publishedOn === '2017-11-07').says).toMatch(/Cohort 3/);
    expect(ids(disagreement.concerns)).toEqual(expect.arrayContaining(['clr-131-phase-1-cohort-3-partial-response', 'clr-131-phase-1-cohort-3-stable-disease-2017-02-27', 'clr-131-phase-1-cohort-4-partial-response-2017-10-24']));
    const { all } = await data('{ all: disagreements { totalCount } }');
    expect(all.totalCount).toBe(25);
    // Before the release placed the partial response in cohort 3, the sources did not disagree on it yet.
    const before = await data('query @asOf(date: "2017-11-06") { disagreements(first: 50) { nodes { id } } }');
    expect(ids(before.disagreements)).not.toContain('disagreement-phase-1-partial-response-cohort');
  });

  it('gives the place each company document was issued from, which changes without a stated move', async () => {
    const { company } = await data('{ company(id: "cellectar-biosciences") { issued(first: 50) { nodes { publishedOn dateline } } } }');
    const dated = company.issued.nodes.filter((source: { publishedOn: string | null; dateline: string | null }) => source.publishedOn && source.dateline);
    expect(dated[0]).toEqual({ publishedOn: '2016-12-01', dateline: 'Madison, Wis.' });
    expect(dated.find((source: { dateline: string }) => source.dateline === 'Florham Park, N.J.')).toEqual({ publishedOn: '2018-11-12', dateline: 'Florham Park, N.J.' });
    expect(dated.at(-1)).toEqual({ publishedOn: '2025-11-13', dateline: 'Florham Park, N.J.' });
  });

  it('refuses a date that is not one, with a coded error naming it, and reads nothing', async () => {
    const { status, body } = await graphql(app.url, 'query @asOf(date: "2017-02-30") { programs { totalCount } }');
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([['GRAPHQL_VALIDATION_FAILED', 'Value is not a valid LocalDate: 2017-02-30']]);
  });

  it('prices a program list as of a date as a read of every program, five rows each, whatever its order', async () => {
    const cost = async (query: string) => (await graphql(app.url, query)).body.extensions?.cost;
    const { programs } = await data('{ programs { totalCount } }');
    // Without a filter, a page in id order walks the buckets (priced 0); as of a date, every program's history is read and matched.
    expect(await cost('{ programs(first: 1) { nodes { id } } }')).toMatchObject({ rows: 0 });
    expect(await cost('query @asOf(date: "2020-01-01") { programs(first: 1) { nodes { id } } }')).toMatchObject({ rows: 5 * programs.totalCount });
    expect(await cost('query @asOf(date: "2020-01-01") { programs(first: 1, orderBy: { field: COMPOUND_NAME }) { nodes { id } } }')).toMatchObject({ rows: 5 * programs.totalCount });
    const sorted = await data('query @asOf(date: "2020-06-01") { programs(orderBy: { field: INDICATION_NAME, direction: DESC }, first: 3) { nodes { id } pageInfo { endCursor } } }');
    expect(sorted.programs.nodes.map((program: { id: string }) => program.id)).toEqual(['clr-131@waldenstrom-macroglobulinemia', 'clr-131@small-lymphocytic-lymphoma', 'clr-131@multiple-myeloma']);
    const next = await data('query ($after: String) @asOf(date: "2020-06-01") { programs(orderBy: { field: INDICATION_NAME, direction: DESC }, first: 2, after: $after) { nodes { id } } }', { after: sorted.programs.pageInfo.endCursor });
    expect(next.programs.nodes.map((program: { id: string }) => program.id)).toEqual(['clr-131@lymphoplasmacytic-lymphoma', 'clr-131@hematologic-malignancy']);
  });
});

describe('dates that later bundles move', () => {
  let app: App;

  beforeAll(async () => {
    app = await startTestServer();
  });

  afterAll(async () => {
    await app.close();
  });

  const data = (query: string, variables?: Record<string, unknown>) => dataOf(app.url, query, variables);
  const source = (id: string, publishedOn: string | null) => ({
    label: 'Source',
    id,
    properties: { name: id, kind: 'NEWS_REPORT', ...(publishedOn ? { publishedOn } : { dateBasis: 'undated' }) },
  });
  const cite = (id: string) => [{ source: id, locator: 'L1' }];

  it('derives a program’s history again when a later source dates one of its facts, and when a source’s date is corrected', async () => {
    await loadBundle(app.executor, {
      bundle: 'moved-dates-a',
      nodes: [
        source('moved-source-2018', '2018-01-01'),
        source('moved-source-undated', null),
        { label: 'Compound', id: 'moved-compound', properties: { name: 'Moved compound', modality: 'SMALL_MOLECULE', developmentStatus: 'INVESTIGATIONAL' }, citations: cite('moved-source-2018') },
        { label: 'Indication', id: 'moved-indication', properties: { name: 'Moved indication', kind: 'DISEASE' }, citations: cite('moved-source-2018') },
        { label: 'Trial', id: 'moved-trial', properties: { name: 'Moved trial', phase: 'PHASE_2', status: 'ONGOING' }, citations: cite('moved-source-undated') },
      ],
      relationships: [
        { type: 'EVALUATES', from: 'moved-trial', to: 'moved-compound' },
        { type: 'STUDIES', from: 'moved-trial', to: 'moved-indication' },
      ],
    });
    const history = async () => (await data('{ program(id: "moved-compound@moved-indication") { history { since stage } } }')).program.history;
    const asOf = async (date: string) => (await data(`query @asOf(date: "${date}") { programs(where: { compound: { eq: "moved-compound" } }) { totalCount nodes { id } } }`)).programs;
    // The trial is stated by an undated source only: the program has no dated history yet.
    expect(await history()).toEqual([]);
    // A dated source restates the trial, unchanged: the trial's date moves, and the program's history with it.
    await loadBundle(app.executor, { bundle: 'moved-dates-b', nodes: [source('moved-source-2019', '2019-01-01'), { label: 'Trial', id: 'moved-trial', properties: {}, citations: cite('moved-source-2019') }] });
    expect(await history()).toEqual([{ since: '2019-01-01', stage: 'PHASE_2' }]);
    expect((await asOf('2020-01-01')).totalCount).toBe(1);
    // The 2018 source's date is corrected to 2021: the compound it dates moves, and the program after it.
    await loadBundle(app.executor, { bundle: 'moved-dates-c', nodes: [source('moved-source-2018', '2021-01-01')] });
    expect((await data('{ compound(id: "moved-compound") { knownFrom } }')).compound.knownFrom).toBe('2021-01-01');
    expect(await history()).toEqual([{ since: '2021-01-01', stage: 'PHASE_2' }]);
    expect(await asOf('2020-01-01')).toEqual({ totalCount: 0, nodes: [] });
  });

  it('dates a bundle’s relationships by the sources it cites, not by a source it only gives, and a disagreement by the versions it gains', async () => {
    await loadBundle(app.executor, {
      bundle: 'cited-dates',
      nodes: [
        source('cited-dates-2001', '2001-01-01'),
        source('cited-dates-2020', '2020-01-01'),
        { label: 'Compound', id: 'cited-compound', properties: { name: 'Cited compound', modality: 'SMALL_MOLECULE', developmentStatus: 'INVESTIGATIONAL' }, citations: cite('cited-dates-2020') },
        { label: 'Indication', id: 'cited-indication', properties: { name: 'Cited indication', kind: 'DISEASE' }, citations: cite('cited-dates-2020') },
        { label: 'Trial', id: 'cited-trial', properties: { name: 'Cited trial', phase: 'PHASE_1', status: 'ONGOING' }, citations: cite('cited-dates-2020') },
        { label: 'Disagreement', id: 'cited-disagreement', properties: { name: 'Cited disagreement', kind: 'WORDING', topic: 'Cited' }, citations: cite('cited-dates-2001') },
      ],
      relationships: [
        { type: 'EVALUATES', from: 'cited-trial', to: 'cited-compound' },
        { type: 'STUDIES', from: 'cited-trial', to: 'cited-indication' },
        { type: 'VERSION', from: 'cited-disagreement', to: 'cited-dates-2001', properties: { says: 'one thing', locators: ['L1'] } },
      ],
    });
    const { program } = await data('{ program(id: "cited-compound@cited-indication") { history { since } } }');
    expect(program.history).toEqual([{ since: '2020-01-01' }]);
    expect((await data('{ disagreement(id: "cited-disagreement") { knownFrom } }')).disagreement.knownFrom).toBe('2001-01-01');
    // A later bundle adds a version from 2020 without restating the disagreement: it exists from then.
    await loadBundle(app.executor, { bundle: 'cited-dates-b', nodes: [], relationships: [{ type: 'VERSION', from: 'cited-disagreement', to: 'cited-dates-2020', properties: { says: 'another', locators: ['L2'] } }] });
    expect((await data('{ disagreement(id: "cited-disagreement") { knownFrom } }')).disagreement.knownFrom).toBe('2020-01-01');
    // A citation is a node's, not a relationship of its own.
    const refused = await loadBundle(app.executor, { bundle: 'cited-dates-c', nodes: [], relationships: [{ type: 'SUPPORTED_BY', from: 'cited-compound', to: 'cited-dates-2001', properties: { locators: ['L1'] } }] }).catch((error: unknown) => error);
    expect((refused as { problems: { message: string }[] }).problems.map((problem) => problem.message)).toEqual(['a citation is given in the citing node’s citations, not as a relationship']);
  });

  it('finds a compound by a name only as of when the name was linked to it', async () => {
    await loadBundle(app.executor, {
      bundle: 'shared-name-a',
      nodes: [
        source('shared-name-2016', '2016-01-01'),
        { label: 'Compound', id: 'shared-alpha', properties: { name: 'Shared alpha', modality: 'SMALL_MOLECULE', developmentStatus: 'INVESTIGATIONAL' }, citations: cite('shared-name-2016') },
        { label: 'Compound', id: 'shared-beta', properties: { name: 'Shared beta', modality: 'SMALL_MOLECULE', developmentStatus: 'INVESTIGATIONAL' }, citations: cite('shared-name-2016') },
        { label: 'Name', id: 'name-zx-1', properties: { name: 'ZX-1', kind: 'CODE_NAME' }, citations: cite('shared-name-2016') },
      ],
      relationships: [{ type: 'KNOWN_AS', from: 'shared-alpha', to: 'name-zx-1' }],
    });
    await loadBundle(app.executor, { bundle: 'shared-name-b', nodes: [source('shared-name-2024', '2024-01-01'), { label: 'Name', id: 'name-zx-1', properties: {}, citations: cite('shared-name-2024') }], relationships: [{ type: 'KNOWN_AS', from: 'shared-beta', to: 'name-zx-1' }] });
    const found = async (prefix: string) => (await data(`${prefix} { search(query: "ZX-1") { nodes { node { id } matched { field } } } }`)).search.nodes.map((hit: { node: { id: string } }) => hit.node.id);
    expect(await found('query @asOf(date: "2017-01-01")')).toEqual(['shared-alpha']);
    expect((await found('')).sort()).toEqual(['shared-alpha', 'shared-beta']);
  });

  it('refuses a null date given through a variable with a default, as bad input', async () => {
    const { body } = await graphql(app.url, 'query Q($d: LocalDate = "2017-11-07") @asOf(date: $d) { compounds { totalCount } }', { d: null });
    expect(body.errors?.map((error) => [error.extensions?.code, error.extensions?.argument])).toEqual([['BAD_USER_INPUT', 'date']]);
  });

  it('prices a program list as of a date that names a compound as that compound’s programs', async () => {
    const { body } = await graphql(app.url, 'query @asOf(date: "2020-01-01") { programs(where: { compound: { in: ["clr-131", "moved-compound"] } }) { totalCount } }');
    const { programs, compounds } = await data('{ programs { totalCount } compounds { totalCount } }');
    expect(body.extensions?.cost?.rows).toBe(5 * 2 * Math.ceil(programs.totalCount / compounds.totalCount));
  });
});
