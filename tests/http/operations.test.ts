import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, exampleOperations } from '../../src/app.js';
import { graphql, startTestServer } from '../support/server.js';

const operations = new Map(exampleOperations().map((operation) => [operation.name, operation.query]));
const PRESS_RELEASE = 'Cellecstar Announces Updated Median Overall Survival of 26.2 Months from Cohort 1 of CLR 131 Phase 1 Trial in Advanced Multiple Myeloma';

function operation(name: string): string {
  const query = operations.get(name);
  if (!query) throw new Error(`schema/operations has no ${name}.graphql`);
  return query;
}

describe('example operations over HTTP', () => {
  let app: App;

  beforeAll(async () => {
    app = await startTestServer();
  });

  afterAll(async () => {
    await app.close();
  });

  it('has the eleven example operations, headline first', () => {
    expect([...operations.keys()]).toEqual([
      'orphan-drugs-in-phase-2-for-b-cell-malignancies',
      'clr-131-profile',
      'cohorts-above-the-comparator-range',
      'cellectar-pipeline',
      'indications-under-b-cell-malignancy',
      'search',
      'composed-filter',
      'cohort-1-survival-series',
      'designations-over-time',
      'orphan-drugs-in-phase-2-as-of-a-date',
      'disagreements-between-sources',
    ]);
  });

  it('composes a filter: median OS above 20 or below 12 months is cohort 1 (26.2, 12.5 mCi/m²) and cohort 3 (10, 25 mCi/m²)', async () => {
    const { body } = await graphql(app.url, operation('composed-filter'));
    expect(body.errors).toBeUndefined();
    expect(body.data?.readouts).toEqual({
      totalCount: 2,
      nodes: [
        { name: 'Cohort 1 median overall survival', value: 26.2, unit: 'MONTHS', maturity: 'ONGOING', cohort: { name: 'Cohort 1', dose: { value: 12.5, unit: 'mCi/m²' } } },
        { name: 'Cohort 3 median overall survival', value: 10, unit: 'MONTHS', maturity: 'ONGOING', cohort: { name: 'Cohort 3', dose: { value: 25, unit: 'mCi/m²' } } },
      ],
    });
    const narrower = await graphql(app.url, operation('composed-filter'), { above: 15, below: 5 });
    expect(narrower.body.data?.readouts.nodes.map((readout: { value: number }) => readout.value)).toEqual([26.2, 15.4]);
  });

  it('searches by payload and names the developer, and takes another query as a variable', async () => {
    const { body } = await graphql(app.url, operation('search'));
    expect(body.errors).toBeUndefined();
    expect(body.data?.search.nodes[0]).toEqual({
      score: 1,
      matched: { field: 'payload', value: 'iodine-131', kind: 'EXACT' },
      node: { __typename: 'Compound', id: 'clr-131', name: 'CLR 131', developers: { nodes: [{ name: 'Cellectar Biosciences, Inc.' }] } },
    });
    const byCurie = await graphql(app.url, operation('search'), { query: 'MONDO:0009693', types: ['INDICATION'] });
    expect(byCurie.body.data?.search.nodes).toEqual([
      {
        score: 1,
        matched: { field: 'xrefs', value: 'MONDO:0009693', kind: 'EXACT' },
        node: { __typename: 'Indication', id: 'multiple-myeloma', name: 'Multiple myeloma', xrefs: ['NCIT:C3242', 'MONDO:0009693', 'EFO:0001378', 'DOID:9538'] },
      },
    ]);
  });

  it('answers the headline: CLR 131 in multiple myeloma, Phase 2, FDA orphan drug, cited to the 2017-11-07 release', async () => {
    const { status, body } = await graphql(app.url, operation('orphan-drugs-in-phase-2-for-b-cell-malignancies'));
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const programs = body.data!.programs;
    expect(programs.totalCount).toBe(1);
    const program = programs.edges[0].node;
    expect(program).toMatchObject({
      id: 'clr-131@multiple-myeloma',
      stage: 'PHASE_2',
      compound: { name: 'CLR 131', developmentStatus: 'INVESTIGATIONAL', developers: { nodes: [{ name: 'Cellectar Biosciences, Inc.' }] } },
      indication: { name: 'Multiple myeloma', ancestors: { nodes: [{ name: 'B-cell malignancy' }, { name: 'Hematologic malignancy' }] } },
      designations: { nodes: [{ type: 'ORPHAN_DRUG', agency: 'FDA', status: 'GRANTED', indication: { name: 'Multiple myeloma' } }] },
    });
    expect(program.trials.totalCount).toBe(2);
    expect(program.trials.nodes.map((trial: { phase: string }) => trial.phase).sort()).toEqual(['PHASE_1', 'PHASE_2']);
    expect(program.sources.nodes).toEqual([
      {
        source: { title: PRESS_RELEASE, publisher: 'Cellectar Biosciences, Inc.', publishedOn: '2017-11-07' },
        locators: ['headline', 'paragraph 1', 'paragraph 2', 'About CLR 131', 'About Cellectar Biosciences'],
      },
    ]);
  });

  it('takes their ids and names as variables, with the seed’s as defaults', async () => {
    const narrower = await graphql(app.url, operation('orphan-drugs-in-phase-2-for-b-cell-malignancies'), { indication: 'multiple myeloma', stage: 'PHASE_1' });
    expect(narrower.body.data?.programs.totalCount).toBe(0);
    const phase2 = await graphql(app.url, operation('orphan-drugs-in-phase-2-for-b-cell-malignancies'), { indication: 'MM' });
    expect(phase2.body.data?.programs.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual(['clr-131@multiple-myeloma']);
    const other = await graphql(app.url, operation('indications-under-b-cell-malignancy'), { name: 'B-cell lymphoma' });
    expect(other.body.data?.indications.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual(['b-cell-lymphoma']);
    const missing = await graphql(app.url, operation('clr-131-profile'), { id: 'CLR 131' });
    expect(missing.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', suggestions: ['clr-131'] });
  });

  it("gives CLR 131's profile with every cohort figure, as of 2017-11-07 and ongoing", async () => {
    const { body } = await graphql(app.url, operation('clr-131-profile'));
    expect(body.errors).toBeUndefined();
    const compound = body.data!.compound;
    expect(compound).toMatchObject({
      name: 'CLR 131',
      modality: 'PHOSPHOLIPID_DRUG_CONJUGATE',
      modalities: ['PHOSPHOLIPID_DRUG_CONJUGATE', 'RADIOCONJUGATE'],
      payload: 'iodine-131',
      payloadType: 'cytotoxic radioisotope',
      leadCandidate: true,
      developers: { nodes: [{ name: 'Cellectar Biosciences, Inc.', ticker: 'CLRB', exchange: 'Nasdaq' }] },
      platforms: { nodes: [{ abbreviation: 'PDC', carriers: { nodes: [{ abbreviation: 'PLE' }] } }] },
      designations: { nodes: [{ type: 'ORPHAN_DRUG', agency: 'FDA', grantedOn: null, indication: { name: 'Multiple myeloma' } }] },
      programs: { totalCount: 4 },
      trials: { totalCount: 2 },
    });
    expect(compound.programs.nodes.map((program: { id: string; stage: string }) => `${program.id} ${program.stage}`)).toEqual([
      'clr-131@b-cell-lymphoma PHASE_2',
      'clr-131@b-cell-malignancy PHASE_2',
      'clr-131@hematologic-malignancy PHASE_2',
      'clr-131@multiple-myeloma PHASE_2',
    ]);
    const [phase1, phase2] = compound.trials.nodes;
    expect(phase1).toMatchObject({ phase: 'PHASE_1', status: 'ONGOING', dosingRegimen: 'Single dose', cohorts: { totalCount: 3 } });
    expect(phase2).toMatchObject({ phase: 'PHASE_2', dosingRegimen: 'One or two doses', cohorts: { totalCount: 0, nodes: [] } });
    expect(phase2.indications.nodes.map((studied: { indication: { name: string } }) => studied.indication.name)).toEqual([
      'B-cell lymphoma',
      'B-cell malignancy',
      'Multiple myeloma',
    ]);
    const cohorts = phase1.cohorts.nodes.map((cohort: Record<string, any>) => ({
      ordinal: cohort.ordinal,
      dose: cohort.dose,
      administration: cohort.administration,
      meanPriorLines: cohort.meanPriorLines,
      startOffsetMonths: cohort.startOffsetMonths,
      medianOs: cohort.readouts.nodes
        .filter((readout: { endpoint: string }) => readout.endpoint === 'MEDIAN_OVERALL_SURVIVAL')
        .map((readout: Record<string, any>) => [readout.value, readout.unit, readout.asOf, readout.maturity]),
      // The source sets only cohort 1 against the 11.9-18.6 month range, and every cohort against standard chemotherapy.
      comparedWith: cohort.readouts.nodes
        .flatMap((readout: Record<string, any>) => readout.comparisons.nodes)
        .map((comparison: Record<string, any>) => [comparison.comparator.range?.high ?? null, comparison.position]),
    }));
    expect(cohorts).toEqual([
      {
        ordinal: 1,
        dose: { value: 12.5, unit: 'mCi/m²' },
        administration: 'Single 30-minute infusion',
        meanPriorLines: 5.8,
        startOffsetMonths: 0,
        medianOs: [[26.2, 'MONTHS', '2017-11-07', 'ONGOING']],
        comparedWith: [[null, null], [18.6, 'ABOVE_RANGE']],
      },
      { ordinal: 2, dose: { value: 18.75, unit: 'mCi/m²' }, administration: 'Single dose', meanPriorLines: null, startOffsetMonths: 10, medianOs: [[15.4, 'MONTHS', '2017-11-07', 'ONGOING']], comparedWith: [[null, null]] },
      { ordinal: 3, dose: { value: 25, unit: 'mCi/m²' }, administration: 'Single dose', meanPriorLines: null, startOffsetMonths: 18, medianOs: [[10, 'MONTHS', '2017-11-07', 'ONGOING']], comparedWith: [[null, null]] },
    ]);
    const cohort3 = phase1.cohorts.nodes[2];
    expect(cohort3.readouts.nodes).toContainEqual(expect.objectContaining({ endpoint: 'RESPONSE_OBSERVED', responseCategory: 'PARTIAL_RESPONSE' }));
    const comparator = phase1.cohorts.nodes[0].readouts.nodes[0].comparisons.nodes[1].comparator;
    expect(comparator).toMatchObject({ range: { low: 11.9, high: 18.6 }, unit: 'MONTHS', headToHead: false });
    expect(comparator.note).toContain('three most recently FDA-approved third-line therapies');
    expect(compound.sources.nodes[0].source).toEqual({ title: PRESS_RELEASE, publisher: 'Cellectar Biosciences, Inc.', publishedOn: '2017-11-07' });
  });

  it('finds the cohorts above the comparator range: cohort 1 only, 26.2 > 18.6 months', async () => {
    const { body } = await graphql(app.url, operation('cohorts-above-the-comparator-range'));
    expect(body.errors).toBeUndefined();
    expect(body.data!.readouts.totalCount).toBe(1);
    expect(body.data!.readouts.edges[0].node).toMatchObject({
      value: 26.2,
      unit: 'MONTHS',
      asOf: '2017-11-07',
      maturity: 'ONGOING',
      cohort: { name: 'Cohort 1', dose: { value: 12.5, unit: 'mCi/m²' } },
      trial: { phase: 'PHASE_1' },
      comparisons: {
        nodes: [
          { position: null, comparator: { name: 'Historic survival with standard chemotherapy in relapsed or refractory multiple myeloma', range: null, unit: null } },
          { position: 'ABOVE_RANGE', comparator: { range: { low: 11.9, high: 18.6 }, unit: 'MONTHS' } },
        ],
      },
      sources: { nodes: [{ source: { title: PRESS_RELEASE, publishedOn: '2017-11-07' }, locators: ['headline', 'paragraph 1', 'paragraph 2'] }] },
    });
  });

  it("shows Cellectar's pipeline: CLR 131 on PDC (PLE carrier), >80 xenograft models, preclinical chemotherapeutic PDCs", async () => {
    const { body } = await graphql(app.url, operation('cellectar-pipeline'));
    expect(body.errors).toBeUndefined();
    const company = body.data!.company;
    expect(company).toMatchObject({
      name: 'Cellectar Biosciences, Inc.',
      ticker: 'CLRB',
      exchange: 'Nasdaq',
      headquarters: 'Madison, Wisconsin',
      president: 'Jim Caruso',
      chiefExecutiveOfficer: 'Jim Caruso',
    });
    expect(company.aliases).toContain('Cellecstar');
    expect(company.compounds.nodes[0].programs.nodes).toContainEqual({ stage: 'PHASE_2', indication: { name: 'Multiple myeloma' } });
    const pdc = company.platforms.nodes.find((platform: { abbreviation: string }) => platform.abbreviation === 'PDC');
    expect(pdc).toMatchObject({ patented: true, carriers: { nodes: [{ name: 'Phospholipid ether (PLE) carrier platform' }] }, claims: { totalCount: 5 } });
    expect(pdc.claims.nodes).toContainEqual({
      kind: 'PRECLINICAL_EVIDENCE',
      name: 'PDCs tested in over 80 xenograft models',
      quantity: { value: 80, unit: 'xenograft models', qualifier: 'MORE_THAN' },
    });
    expect(company.claims.nodes.map((claim: { kind: string }) => claim.kind).sort()).toEqual(['OUTLOOK', 'PIPELINE']);
  });

  it('lists the indications under B-cell malignancy with verified ontology ids for multiple myeloma', async () => {
    const { body } = await graphql(app.url, operation('indications-under-b-cell-malignancy'));
    expect(body.errors).toBeUndefined();
    const nodes = body.data!.indications.edges.map((edge: { node: Record<string, any> }) => edge.node);
    expect(nodes.map((node: { id: string }) => node.id)).toEqual(['b-cell-lymphoma', 'b-cell-malignancy', 'multiple-myeloma']);
    expect(nodes[2]).toMatchObject({
      parent: { name: 'B-cell malignancy' },
      ontologyIds: { ncit: 'C3242', mondo: 'MONDO:0009693', efo: 'EFO_0001378', doid: 'DOID:9538' },
      xrefs: ['NCIT:C3242', 'MONDO:0009693', 'EFO:0001378', 'DOID:9538'],
    });
    expect(nodes[1].children.nodes.map((child: { name: string }) => child.name)).toEqual(['B-cell lymphoma', 'Multiple myeloma']);
  });
});

describe('example operations over the program’s history', () => {
  let app: App;

  beforeAll(async () => {
    app = await startTestServer({ seedHistory: true });
  });

  afterAll(async () => {
    await app.close();
  });

  it('gives cohort 1’s survival series in report order, with each source, the latest 26.2 months', async () => {
    const { body } = await graphql(app.url, operation('cohort-1-survival-series'));
    expect(body.errors).toBeUndefined();
    const { series } = body.data!;
    expect(series.points.nodes.map((point: { value: number | null; metric: string; reportedOn: string | null }) => [point.value, point.metric, point.reportedOn])).toEqual([
      [11.9, 'post treatment median survival', '2016-12-01'],
      [null, 'median overall survival (mOS)', '2016-12-01'],
      [22, 'median overall survival', null],
      [26.2, 'median overall survival (mOS)', '2017-11-07'],
    ]);
    expect(series.points.nodes[2].sources.nodes).toEqual([{ source: expect.objectContaining({ publisher: 'Rare Cancer News', publishedOn: '2017-11-08' }), locators: ['L8 s1'] }]);
    expect(series.latest).toEqual({ value: 26.2, unit: 'MONTHS', metric: 'median overall survival (mOS)', reportedOn: '2017-11-07' });
  });

  it('lists CLR 131’s designations with when each was first reported, and the EU orphan designation’s holders', async () => {
    const { body } = await graphql(app.url, operation('designations-over-time'));
    expect(body.errors).toBeUndefined();
    const designations = body.data!.compound.designations;
    expect(designations.totalCount).toBe(16);
    type Designation = { name: string; number: string | null; knownFrom: string | null; holders: { nodes: { company: { name: string }; since: string | null; until: string | null }[] } };
    const eu = (designations.nodes as Designation[]).find((designation) => designation.number === 'EU/3/19/2204');
    expect(eu?.holders.nodes).toEqual([
      { company: { name: 'Scendea (NL) B.V.' }, since: '2021-05', until: null },
      { company: { name: 'Voisin Consulting S.A.R.L.' }, since: '2019-10-17', until: '2021-05' },
    ]);
    const known = (designations.nodes as Designation[]).filter((designation) => designation.knownFrom).map((designation) => designation.knownFrom).sort();
    expect(known[0]).toBe('2017-10-06');
  });

  it('answers the headline question as of the release, and as of today with the LPL and WM programs', async () => {
    const ids = async (variables: Record<string, unknown>) => {
      const { body } = await graphql(app.url, operation('orphan-drugs-in-phase-2-as-of-a-date'), variables);
      expect(body.errors).toBeUndefined();
      return body.data!.programs.nodes.map((program: { id: string }) => program.id);
    };
    expect(await ids({})).toEqual(['clr-131@multiple-myeloma']);
    expect(await ids({ date: '2026-11-26' })).toEqual(['clr-131@lymphoplasmacytic-lymphoma', 'clr-131@multiple-myeloma', 'clr-131@waldenstrom-macroglobulinemia']);
    // As of the release, the history ends on its day.
    const { body } = await graphql(app.url, operation('orphan-drugs-in-phase-2-as-of-a-date'));
    expect(body.data!.programs.nodes[0].history.map((step: { since: string }) => step.since)).toEqual(['2016-12-01', '2017-10-06', '2017-11-07']);
    const bad = await graphql(app.url, operation('orphan-drugs-in-phase-2-as-of-a-date'), { date: 'yesterday' });
    expect(bad.body.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('lists the disagreements between sources, each version with its source, and the contradictions alone', async () => {
    const { body } = await graphql(app.url, operation('disagreements-between-sources'));
    expect(body.errors).toBeUndefined();
    expect(body.data!.disagreements.totalCount).toBe(25);
    const contradictions = await graphql(app.url, operation('disagreements-between-sources'), { kind: 'CONTRADICTION' });
    const topics = contradictions.body.data!.disagreements.nodes.map((disagreement: { topic: string }) => disagreement.topic);
    expect(topics).toContain('Who had the partial response');
  });
});
