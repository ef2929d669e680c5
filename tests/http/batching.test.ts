import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { loadBundle } from '../../src/ingest/load-bundle.js';
import { graphql, startTestServer } from '../support/server.js';

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

const NESTED = `{
  companies {
    edges { node { name compounds { name trials { name cohorts { name readouts { value sources { locators } } } } } } }
  }
}`;

/** Given a running app, runs the nested query and returns the number of statements it cost and the readouts it returned. */
async function cost(app: App): Promise<{ statements: number; readouts: number }> {
  let statements = 0;
  const stop = app.executor.observe(() => {
    statements += 1;
  });
  try {
    const { body } = await graphql(app.url, NESTED);
    expect(body.errors).toBeUndefined();
    const readouts = body.data!.companies.edges.flatMap((edge: any) =>
      edge.node.compounds.flatMap((compound: any) => compound.trials.flatMap((trial: any) => trial.cohorts.flatMap((cohort: any) => cohort.readouts))),
    );
    return { statements, readouts: readouts.length };
  } finally {
    stop();
  }
}

describe('batching of nested fields', () => {
  let app: App | undefined;

  afterEach(async () => {
    await app?.close();
  });

  it('costs one statement per level of nesting, whatever the number of rows', async () => {
    app = await startTestServer({ seedOnStart: false });
    await loadBundle(app.executor, syntheticBundle(2));
    const small = await cost(app);
    await loadBundle(app.executor, syntheticBundle(40));
    const large = await cost(app);

    expect(small.readouts).toBe(4);
    expect(large.readouts).toBe(80);
    // companies list, compounds, trials, cohorts, readouts, sources: six levels, six statements.
    expect(small.statements).toBe(6);
    expect(large.statements).toBe(small.statements);
  });
});
