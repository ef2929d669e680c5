import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { loadBundle, readBundleFile, seedBundleFiles } from '../../src/ingest/load-bundle.js';
import { ROOT } from '../../src/root.js';
import { snapshot } from '../support/engines.js';
import { dataOf, startTestServer } from '../support/server.js';

describe('the program’s later history (seeds/history/), loaded after the 2017 release', () => {
  let app: App;

  beforeAll(async () => {
    app = await startTestServer({ seedHistory: true });
  });

  afterAll(async () => {
    await app.close();
  });

  const data = (query: string, variables?: Record<string, unknown>) => dataOf(app.url, query, variables);

  it('seeds the history folder after the release, each bundle in name order', () => {
    const files = seedBundleFiles(ROOT).map((file) => file.slice(ROOT.length + 1));
    expect(files[0]).toBe(join('seeds', 'cellectar-clr-131-2017-11-07.json'));
    expect(files.slice(1, 3)).toEqual([join('seeds', 'history', '2016-12-01-cellectar-phase1-cohorts-1-2-results.json'), join('seeds', 'history', '2017-02-27-smarteranalyst-phase1-cohort3-update.json')]);
    // One bundle per document of the history folder, the undated ones after the dated ones; then what holds across them.
    expect(files.filter((file) => file.startsWith(join('seeds', 'history', 'undated-')))).toHaveLength(12);
    expect(files.slice(-2)).toEqual([join('seeds', 'history', 'across-sources', '01-readout-series.json'), join('seeds', 'history', 'across-sources', '02-disagreements.json')]);
    expect(files).toHaveLength(1 + 34 + 2);
    expect(seedBundleFiles(ROOT, false)).toEqual([join(ROOT, 'seeds', 'cellectar-clr-131-2017-11-07.json')]);
  });

  it('keeps each of cohort 1’s survival figures with its metric as the source names it, its qualifiers, its report date and every source giving it', async () => {
    const { cohort } = await data(`{ cohort(id: "clr-131-phase-1-cohort-1") {
      readouts(first: 20) { nodes { endpoint value unit statistic metric qualifiers reportedOn asOf maturity sources { nodes { source { publishedOn } locators } } } } } }`);
    type Row = { endpoint: string; value: number | null; sources: { nodes: { source: { publishedOn: string }; locators: string[] }[] } };
    const survival = (cohort.readouts.nodes as Row[]).filter((readout) => /^MEDIAN_(OVERALL_)?SURVIVAL$/.test(readout.endpoint));
    // By value, the one without a value last.
    survival.sort((a, b) => (a.value ?? Infinity) - (b.value ?? Infinity));
    expect(survival.map(({ sources, ...readout }) => ({ ...readout, sources: sources.nodes.map((citation) => `${citation.source.publishedOn} ${citation.locators.join(', ')}`) }))).toEqual([
      {
        endpoint: 'MEDIAN_SURVIVAL', value: 11.9, unit: 'MONTHS', statistic: 'MEDIAN', metric: 'post treatment median survival', qualifiers: ['at this time', 'still rising'],
        reportedOn: '2016-12-01', asOf: '2016-12-01', maturity: 'ONGOING', sources: ['2016-12-01 L8 s3, L8 s9, L8 s4'],
      },
      // The preliminary figure: its own report and date are not given, only the 2017-11-08 article citing it.
      {
        endpoint: 'MEDIAN_OVERALL_SURVIVAL', value: 22, unit: 'MONTHS', statistic: 'MEDIAN', metric: 'median overall survival', qualifiers: ['preliminary'],
        reportedOn: null, asOf: null, maturity: null, sources: ['2017-11-08 L8 s1'],
      },
      {
        endpoint: 'MEDIAN_OVERALL_SURVIVAL', value: 26.2, unit: 'MONTHS', statistic: 'MEDIAN', metric: 'median overall survival (mOS)', qualifiers: ['ongoing'],
        reportedOn: '2017-11-07', asOf: '2017-11-07', maturity: 'ONGOING', sources: ['2017-11-07 headline, paragraph 1, paragraph 2', 'null L3 s1, L3 s2', '2017-11-08 L4, L8 s2'],
      },
      {
        endpoint: 'MEDIAN_OVERALL_SURVIVAL', value: null, unit: null, statistic: 'MEDIAN', metric: 'median overall survival (mOS)', qualifiers: ['not yet evaluable'],
        reportedOn: '2016-12-01', asOf: '2016-12-01', maturity: null, sources: ['2016-12-01 L8 s5'],
      },
    ]);
  });

  it('takes a trial’s registry id from the later source that gives it', async () => {
    const { trials } = await data('{ trials(where: { registryIds: { eq: "NCT02278315" } }) { nodes { name registryIds sources { nodes { source { publishedOn } locators } } } } }');
    expect(trials.nodes).toHaveLength(1);
    expect(trials.nodes[0]).toMatchObject({ name: 'CLR 131 Phase 1 study in relapsed or refractory multiple myeloma', registryIds: ['NCT02278315'] });
    expect(trials.nodes[0].sources.nodes).toContainEqual({ source: { publishedOn: '2017-11-08' }, locators: ['L5 s1'] });
  });

  it('keeps both versions where sources disagree: an average of 5.8 prior lines, and a median of 5.8', async () => {
    const { cohort, claims } = await data(`{ cohort(id: "clr-131-phase-1-cohort-1") { meanPriorLines sources { nodes { source { publishedOn } } } }
      claims(where: { statement: { contains: "5.8" } }) { nodes { statement quantity { value unit } sources { nodes { source { publisher publishedOn } } } } } }`);
    expect(cohort.meanPriorLines).toBe(5.8);
    expect(claims.nodes.filter((claim: { quantity: unknown }) => claim.quantity)).toEqual([
      expect.objectContaining({ quantity: { value: 5.8, unit: 'prior therapies (median)' }, sources: { nodes: [{ source: { publisher: 'Rare Cancer News', publishedOn: '2017-11-08' } }] } }),
    ]);
  });

  it('keeps averages apart from medians, in their own unit: cohort 2’s average progression-free survival of 127 days', async () => {
    const { readouts } = await data(`{ readouts(where: { statistic: { eq: AVERAGE }, unit: { eq: DAYS }, endpoint: { eq: PROGRESSION_FREE_SURVIVAL } }, orderBy: { field: VALUE, direction: DESC }) {
      nodes { name value unit endpoint qualifiers note cohort { name } } } }`);
    expect(readouts.nodes).toEqual([
      { name: 'Cohort 2 average progression-free survival', value: 127, unit: 'DAYS', endpoint: 'PROGRESSION_FREE_SURVIVAL', qualifiers: ['still increasing'], note: 'Still increasing: one of the four patients had not progressed.', cohort: { name: 'Cohort 2' } },
      { name: 'Cohort 1 average progression-free survival', value: 88.5, unit: 'DAYS', endpoint: 'PROGRESSION_FREE_SURVIVAL', qualifiers: [], note: null, cohort: { name: 'Cohort 1' } },
    ]);
    const { early } = await data('{ early: readouts(where: { reportedOn: { lt: "2017-01-01" } }) { totalCount } }');
    expect(early.totalCount).toBe(7);
  });

  it('tells how a source’s date was found, and whether it is the company’s own words', async () => {
    const { sources } = await data('{ sources(where: { publishedOn: { lt: "2017-01-01" } }) { nodes { kind publishedOn publishedNotBefore dateBasis primary dateline } } }');
    expect(sources.nodes).toEqual([
      { kind: 'PRESS_RELEASE', publishedOn: '2016-12-01', publishedNotBefore: null, dateBasis: 'dateline ("MADISON, Wis., Dec. 01, 2016 (GLOBE NEWSWIRE)")', primary: true, dateline: 'Madison, Wis.' },
    ]);
  });

  it('keeps the 2019 figure of 22 months for a population apart from cohort 1’s preliminary 22 months', async () => {
    const { readouts } = await data(`{ readouts(where: { value: { eq: 22 } }, orderBy: { field: NAME }) {
      nodes { name endpoint statistic population cohort { name } } } }`);
    expect(readouts.nodes.map((readout: { name: string; endpoint: string; statistic: string | null; population: string | null; cohort: { name: string } | null }) => [readout.name, readout.endpoint, readout.statistic, readout.population, readout.cohort?.name ?? null])).toEqual([
      ['Cohort 1 preliminary median overall survival', 'MEDIAN_OVERALL_SURVIVAL', 'MEDIAN', null, 'Cohort 1'],
      ['Phase I overall survival after a proteasome inhibitor and an immunomodulator', 'OVERALL_SURVIVAL', null, 'Phase I patients with myeloma relapsed after both a proteasome inhibitor and an immunomodulator', null],
    ]);
    const { cohort, trial } = await data(`{ cohort(id: "clr-131-phase-1-cohort-1") { readouts(first: 50) { nodes { id } } }
      trial(id: "clr-131-phase-1-rr-multiple-myeloma") { readouts { nodes { id value comparisons { nodes { comparator { range { low high } unit kind } position } } } } } }`);
    expect(cohort.readouts.nodes.map((readout: { id: string }) => readout.id)).not.toContain('clr-131-phase-1-pi-imid-relapsed-overall-survival-2019-02-02');
    expect(trial.readouts.nodes).toContainEqual({
      id: 'clr-131-phase-1-pi-imid-relapsed-overall-survival-2019-02-02',
      value: 22,
      comparisons: { nodes: [{ comparator: { range: { low: 9, high: 12 }, unit: 'MONTHS', kind: 'COMPARATOR' }, position: 'ABOVE_RANGE' }] },
    });
  });

  it('keeps an undated document undated, with the earliest date its content allows', async () => {
    const { sources } = await data('{ sources(where: { publishedOn: { isNull: true }, kind: { eq: PATIENT_ORGANIZATION } }) { nodes { kind title publisher publishedOn publishedNotBefore dateBasis primary } } }');
    expect(sources.nodes).toEqual([
      {
        kind: 'PATIENT_ORGANIZATION',
        title: null,
        publisher: 'Myeloma UK (Myeloma Academy)',
        publishedOn: null,
        publishedNotBefore: '2017-11-07',
        dateBasis: 'undated; its figures are those of the 2017-11-07 release, so not before that date. The excerpt gives no title',
        primary: false,
      },
    ]);
    // It cites cohort 1's 26.2 months and the doses again, and adds a claim of its own.
    const { claim } = await data('{ claim(id: "clr-131-not-studied-in-uk") { kind about { nodes { id } } sources { nodes { source { publishedNotBefore } locators } } } }');
    expect(claim).toEqual({ kind: 'PIPELINE', about: { nodes: [{ id: 'clr-131' }] }, sources: { nodes: [{ source: { publishedNotBefore: '2017-11-07' }, locators: ['L5 s1'] }] } });
  });

  it('places lymphoplasmacytic lymphoma under B-cell lymphoma, with the FDA orphan designation Healio reports, its grant date not given', async () => {
    const { designations } = await data(`{ designations(where: { indication: { name: "B-cell lymphoma" }, type: { eq: ORPHAN_DRUG }, agency: { eq: FDA } }) {
      nodes { name type agency status grantedOn indication { name parent { name } } compound { name } grantees { nodes { name } } sources { nodes { source { publisher publishedOn dateBasis } locators } } } } }`);
    expect(designations.nodes).toEqual([
      {
        name: 'FDA orphan drug designation for CLR 131 in lymphoplasmacytic lymphoma',
        type: 'ORPHAN_DRUG',
        agency: 'FDA',
        status: 'GRANTED',
        grantedOn: null,
        indication: { name: 'Lymphoplasmacytic lymphoma', parent: { name: 'B-cell lymphoma' } },
        compound: { name: 'CLR 131' },
        grantees: { nodes: [{ name: 'Cellectar Biosciences, Inc.' }] },
        // The company's release of 2020-05-26 says it holds it too.
        sources: {
          nodes: [
            { source: { publisher: 'Cellectar Biosciences, Inc.', publishedOn: '2020-05-26', dateBasis: 'dateline ("FLORHAM PARK, N.J., May 26, 2020 (GLOBE NEWSWIRE)")' }, locators: ['L6'] },
            { source: { publisher: 'Healio', publishedOn: '2020-03-25', dateBasis: 'page header ("March 25, 2020"); the URL path holds 20200319 instead' }, locators: ['L12'] },
          ],
        },
      },
    ]);
    const { indications } = await data('{ indications(where: { matches: { name: "B-cell malignancy" } }) { nodes { name } } }');
    expect(indications.nodes.map((indication: { name: string }) => indication.name)).toEqual([
      'B-cell lymphoma',
      'B-cell malignancy',
      'Chronic lymphocytic leukemia',
      'Diffuse large B-cell lymphoma',
      'Lymphoplasmacytic lymphoma',
      'Mantle cell lymphoma',
      'Marginal zone lymphoma',
      'Multiple myeloma',
      'Small lymphocytic lymphoma',
      'Waldenstrom’s macroglobulinemia',
    ]);
  });

  it('keeps mycosis fungoides, a T-cell lymphoma, out of the B-cell malignancies', async () => {
    const { all, bcell, heme } = await data(`{
      all: programs(where: { indication: { id: "mycosis-fungoides" } }) { nodes { id stage trials { nodes { name phase status } } } }
      bcell: programs(where: { indication: { name: "B-cell malignancy" } }) { nodes { id } }
      heme: programs(where: { indication: { name: "hematologic malignancies" } }) { nodes { id } }
    }`);
    // Its trial gives neither phase nor status: the program's stage is UNKNOWN.
    expect(all.nodes).toEqual([
      { id: 'clr-131@mycosis-fungoides', stage: 'UNKNOWN', trials: { nodes: [{ name: 'City of Hope investigator-sponsored trial of iopofosine I 131 in mycosis fungoides', phase: 'UNKNOWN', status: 'UNKNOWN' }] } },
    ]);
    expect(bcell.nodes.map((program: { id: string }) => program.id)).toEqual([
      'clr-131@b-cell-lymphoma',
      'clr-131@b-cell-malignancy',
      'clr-131@chronic-lymphocytic-leukemia',
      'clr-131@diffuse-large-b-cell-lymphoma',
      'clr-131@lymphoplasmacytic-lymphoma',
      'clr-131@mantle-cell-lymphoma',
      'clr-131@marginal-zone-lymphoma',
      'clr-131@multiple-myeloma',
      'clr-131@small-lymphocytic-lymphoma',
      'clr-131@waldenstrom-macroglobulinemia',
    ]);
    expect(heme.nodes.map((program: { id: string }) => program.id)).toContain('clr-131@mycosis-fungoides');
    const { claim } = await data('{ claim(id: "city-of-hope-mycosis-fungoides-trial-plan") { quantity { value unit qualifier } } }');
    expect(claim.quantity).toEqual({ value: 10, unit: 'patients (planned)', qualifier: 'APPROXIMATELY' });
  });

  it('keeps the pediatric solid and brain tumours of CLOVER-2 out of the hematologic malignancies', async () => {
    const { trials, heme, solid } = await data(`{
      trials(where: { registryIds: { eq: "NCT03478462" } }) { nodes { phase status indications(first: 20) { nodes { indication { name } setting } } } }
      heme: programs(where: { indication: { name: "Hematologic malignancy" } }, first: 50) { nodes { id } }
      solid: programs(where: { indication: { id: "solid-tumor" } }, first: 50) { totalCount nodes { id stage } }
    }`);
    expect(trials.nodes).toEqual([
      {
        phase: 'PHASE_1',
        status: 'ACTIVE_NOT_RECRUITING',
        indications: {
          // Brain tumours are "recurrent" in the record where the others are "relapsed".
          // The record's eight conditions, and the high-grade gliomas CancerNetwork reports data for.
          nodes: ['DIPG', 'Ewing sarcoma', 'Neuroblastoma', 'Osteosarcoma', 'Pediatric brain tumor', 'Pediatric high-grade glioma', 'Pediatric lymphoma', 'Pediatric solid tumor', 'Rhabdomyosarcoma'].map((name) => ({
            indication: { name },
            setting: name === 'DIPG' || name === 'Pediatric brain tumor' ? 'Recurrent or refractory' : 'Relapsed or refractory',
          })),
        },
      },
    ]);
    const hematologic = heme.nodes.map((program: { id: string }) => program.id);
    expect(hematologic).toContain('clr-131@pediatric-lymphoma');
    const solidTumours = ['dipg', 'ewing-sarcoma', 'neuroblastoma', 'osteosarcoma', 'pediatric-brain-tumor', 'pediatric-high-grade-glioma', 'pediatric-solid-tumor', 'rhabdomyosarcoma'];
    for (const solidTumour of solidTumours) expect(hematologic).not.toContain(`clr-131@${solidTumour}`);
    expect(solid.totalCount).toBe(8);
    expect(solid.nodes).toEqual(solidTumours.map((id) => ({ id: `clr-131@${id}`, stage: 'PHASE_1' })));
    const { bcell } = await data('{ bcell: programs(where: { indication: { name: "B-cell malignancy" } }) { nodes { id } } }');
    // Its lineage not given, pediatric lymphoma is not counted as a B-cell malignancy.
    expect(bcell.nodes.map((program: { id: string }) => program.id)).not.toContain('clr-131@pediatric-lymphoma');
  });

  it('gives the EU orphan designation’s holders over time: a consultancy, then another, never Cellectar', async () => {
    const { designation } = await data(`{ designation(id: "clr-131-eu-orphan-drug-multiple-myeloma") {
      name number grantedOn region indication { name } holders { nodes { company { name } since until } } sources { nodes { source { kind publishedOn publishedNotBefore primary } locators } } } }`);
    expect([designation]).toEqual([
      {
        name: 'EU orphan designation EU/3/19/2204 for CLR 131 in multiple myeloma',
        number: 'EU/3/19/2204',
        grantedOn: '2019-10-17',
        region: 'European Union',
        indication: { name: 'Multiple myeloma' },
        holders: {
          nodes: [
            { company: { name: 'Scendea (NL) B.V.' }, since: '2021-05', until: null },
            { company: { name: 'Voisin Consulting S.A.R.L.' }, since: '2019-10-17', until: '2021-05' },
          ],
        },
        sources: { nodes: [{ source: { kind: 'REGULATORY', publishedOn: null, publishedNotBefore: '2021-05-01', primary: true }, locators: ['L3', 'L10'] }] },
      },
    ]);
    // It covers the multiple myeloma program, for a question about EU designations.
    const { programs } = await data('{ programs(where: { designation: { agency: EMA, type: ORPHAN_DRUG } }) { nodes { id } } }');
    // The EU orphan designation for WM (Madison Startups), held by Cellectar, covers the WM program.
    expect(programs.nodes).toEqual([{ id: 'clr-131@multiple-myeloma' }, { id: 'clr-131@waldenstrom-macroglobulinemia' }]);
  });

  it('answers the headline question with the release’s program and the LPL/WM ones the history adds', async () => {
    const { programs } = await data('{ programs(where: { designation: { type: ORPHAN_DRUG }, stage: PHASE_2, indication: { name: "B-cell malignancy" } }) { nodes { id stage } } }');
    // CLOVER-1 studies LPL/WM (2020-05-26), and the FDA orphan designation for LPL (2020-03-25) covers LPL and WM under
    // it; it is narrower than B-cell lymphoma, whose program it does not cover.
    expect(programs.nodes).toEqual([
      { id: 'clr-131@lymphoplasmacytic-lymphoma', stage: 'PHASE_2' },
      { id: 'clr-131@multiple-myeloma', stage: 'PHASE_2' },
      { id: 'clr-131@waldenstrom-macroglobulinemia', stage: 'PHASE_2' },
    ]);
  });

  it('keeps the LPL/WM response rates to date with the 2020 Fast Track designation', async () => {
    const { trial, designation } = await data(`{
      trial(id: "clr-131-phase-2-b-cell-malignancies") { readouts(first: 50) { nodes { endpoint value unit metric qualifiers reportedOn population } } }
      designation(id: "clr-131-fda-fast-track-lpl-wm") { type agency grantedOn indication { name children { nodes { name } } } }
    }`);
    expect(trial.readouts.nodes.filter((readout: { reportedOn: string | null }) => readout.reportedOn === '2020-05-26')).toEqual([
      { endpoint: 'COMPLETE_RESPONSE_RATE', value: 25, unit: 'PERCENT', metric: 'complete response', qualifiers: ['to date'], reportedOn: '2020-05-26', population: 'all 4 LPL/WM patients treated so far' },
      { endpoint: 'OVERALL_RESPONSE_RATE', value: 100, unit: 'PERCENT', metric: 'overall response rate', qualifiers: ['to date'], reportedOn: '2020-05-26', population: 'all 4 LPL/WM patients treated so far' },
    ]);
    expect(designation).toEqual({ type: 'FAST_TRACK', agency: 'FDA', grantedOn: null, indication: { name: 'Lymphoplasmacytic lymphoma', children: { nodes: [{ name: 'Waldenstrom’s macroglobulinemia' }] } } });
    // That the Phase 2 study covers LPL/WM is the 2020 release's word, cited on the trial.
    const { phase2 } = await data('{ phase2: trial(id: "clr-131-phase-2-b-cell-malignancies") { sources { nodes { source { publishedOn } locators } } } }');
    expect(phase2.sources.nodes).toContainEqual({ source: { publishedOn: '2020-05-26' }, locators: ['L5 s3'] });
  });

  it('gives every node that several bundles name the same value of each property they both give, and every source a date, a lower bound or neither, never both, and how it was dated', () => {
    const seen = new Map<string, { bundle: string; properties: Record<string, unknown> }>();
    for (const file of seedBundleFiles(ROOT)) {
      const bundle = readBundleFile(file) as { bundle: string; nodes: { label: string; id: string; properties: Record<string, unknown> }[] };
      for (const node of bundle.nodes) {
        const key = `${node.label}:${node.id}`;
        const earlier = seen.get(key);
        for (const [property, value] of Object.entries(node.properties)) {
          if (earlier && property in earlier.properties) expect({ key, property, value }).toEqual({ key, property, value: earlier.properties[property] });
        }
        seen.set(key, { bundle: bundle.bundle, properties: { ...earlier?.properties, ...node.properties } });
        if (node.label === 'Source') {
          // A date, or a lower bound, or neither (a document whose content allows no bound, which says so): never both.
          const dated = 'publishedOn' in node.properties;
          const bounded = 'publishedNotBefore' in node.properties;
          expect([node.id, dated && bounded, dated || bounded || typeof node.properties.dateBasis === 'string']).toEqual([node.id, false, true]);
        }
      }
    }
  });

  it('changes nothing but the load records when every bundle is loaded again', async () => {
    // Each load records itself (the bundle's last load, the data version): the facts stay as they were.
    const facts = async () => {
      const { nodes, relationships } = await snapshot(app.executor);
      return { nodes: nodes.filter((node) => !/^\{"labels":\["(Bundle|Derivation)"\]/.test(node)), relationships };
    };
    const before = await facts();
    for (const file of seedBundleFiles(ROOT)) {
      const summary = await loadBundle(app.executor, readBundleFile(file));
      expect(summary).toMatchObject({ nodesWritten: 0, unlinked: 0, programs: { written: 0, deleted: 0 } });
    }
    expect(await facts()).toEqual(before);
  });
});
