import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { graphql, loadSettled, startTestServer } from '../support/server.js';

const SOURCE = 'cellectar-2017-11-07-clr-131-mos-update';
const cite = [{ source: SOURCE, locator: 'test' }];

/** Given a count, returns a bundle of that many synthetic compounds, each with a trial of two cohorts with a readout each. */
function syntheticBundle(count: number) {
  const nodes: unknown[] = [];
  const relationships: unknown[] = [];
  for (let index = 1; index <= count; index += 1) {
    const compound = `test-compound-${index}`;
    const trial = `test-trial-${index}`;
    nodes.push(
      { label: 'Compound', id: compound, properties: { name: `Test compound ${index}`, modality: 'SMALL_MOLECULE', developmentStatus: 'INVESTIGATIONAL' }, citations: cite },
      { label: 'Trial', id: trial, properties: { name: `Test trial ${index}`, phase: 'PHASE_1', status: 'ONGOING' }, citations: cite },
    );
    relationships.push(
      { type: 'DEVELOPS', from: 'cellectar-biosciences', to: compound },
      { type: 'EVALUATES', from: trial, to: compound },
    );
    for (const ordinal of [1, 2]) {
      const cohort = `${trial}-cohort-${ordinal}`;
      const readout = `${cohort}-readout`;
      nodes.push(
        { label: 'Cohort', id: cohort, properties: { name: `Cohort ${ordinal}`, ordinal }, citations: cite },
        { label: 'Readout', id: readout, properties: { name: `Readout ${ordinal}`, endpoint: 'MEDIAN_OVERALL_SURVIVAL', kind: 'OBSERVED', value: index + ordinal, unit: 'MONTHS' }, citations: cite },
      );
      relationships.push({ type: 'HAS_COHORT', from: trial, to: cohort }, { type: 'REPORTED', from: cohort, to: readout });
    }
  }
  return { bundle: 'test-synthetic', nodes: [{ label: 'Source', id: SOURCE, properties: { name: 'Test source', kind: 'PRESS_RELEASE', title: 'Test', publishedOn: '2017-11-07' } }, { label: 'Company', id: 'cellectar-biosciences', properties: { name: 'Cellectar Biosciences, Inc.' }, citations: cite }, ...nodes], relationships };
}

/**
 * Given the page size of cohorts, returns a six-level query with counts at two nested levels; its pages are small
 * enough below the 100 compounds to stay under the default node limit (3,100 nodes at two cohorts).
 */
const nested = (cohorts: number) => `{
  companies(first: 1) {
    edges { node { name compounds(first: 100) { totalCount nodes { name trials(first: 2) { nodes { name cohorts(first: ${cohorts}) { totalCount nodes { name readouts(first: 2) { nodes { value sources(first: 2) { nodes { locators } } } } } } } } } } } }
  }
}`;

/** Given a running app and a query, runs it and returns the number of statements it cost, the compounds and cohorts counted, and the readouts it returned. */
async function cost(app: App, query: string): Promise<{ statements: number; compounds: number; cohorts: number; readouts: number }> {
  let statements = 0;
  const stop = app.executor.observe(() => {
    statements += 1;
  });
  try {
    const { body } = await graphql(app.url, query);
    expect(body.errors).toBeUndefined();
    const compounds = body.data!.companies.edges.map((edge: any) => edge.node.compounds);
    const trials = compounds.flatMap((page: any) => page.nodes.flatMap((compound: any) => compound.trials.nodes));
    const cohorts = trials.map((trial: any) => trial.cohorts);
    return {
      statements,
      compounds: compounds.reduce((sum: number, page: any) => sum + page.totalCount, 0),
      cohorts: cohorts.reduce((sum: number, page: any) => sum + page.totalCount, 0),
      readouts: cohorts.flatMap((page: any) => page.nodes.flatMap((cohort: any) => cohort.readouts.nodes)).length,
    };
  } finally {
    stop();
  }
}

describe('batching of nested fields', () => {
  let app: App | undefined;

  afterEach(async () => {
    await app?.close();
  });

  it('costs one statement per level of nesting, and one per count, whatever the number of rows', async () => {
    app = await startTestServer({ seedOnStart: false });
    await loadSettled(app, syntheticBundle(2));
    const small = await cost(app, nested(2));
    await loadSettled(app, syntheticBundle(40));
    const large = await cost(app, nested(2));

    expect(small).toMatchObject({ compounds: 2, cohorts: 4, readouts: 4 });
    expect(large).toMatchObject({ compounds: 40, cohorts: 80, readouts: 80 });
    // companies list, compounds, trials, cohorts, readouts, sources: six levels; plus the compounds' and the cohorts' counts.
    expect(small.statements).toBe(8);
    expect(large.statements).toBe(small.statements);
  });

  it('cuts each parent’s page inside the one statement of its level', async () => {
    app = await startTestServer({ seedOnStart: false });
    await loadSettled(app, syntheticBundle(40));
    const onePerTrial = await cost(app, nested(1));
    // Each of the 40 trials has two cohorts; a page of one cohort per trial still counts both and costs the same.
    expect(onePerTrial).toMatchObject({ compounds: 40, cohorts: 80, readouts: 40, statements: 8 });
  });
});
