import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { graphql, startTestServer } from '../support/server.js';

describe('numeric filters and the top-level cohort list', () => {
  let app: App;

  beforeAll(async () => {
    app = await startTestServer();
  });

  afterAll(async () => {
    await app.close();
  });

  it('finds the cohorts dosed above 15 mCi/m²: cohorts 2 and 3', async () => {
    const { body } = await graphql(app.url, '{ cohorts(where: { dose: { value: { gt: 15 }, unit: "mCi/m²" } }, orderBy: { field: DOSE }) { totalCount nodes { ordinal dose { value unit } } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data?.cohorts).toEqual({ totalCount: 2, nodes: [{ ordinal: 2, dose: { value: 18.75, unit: 'mCi/m²' } }, { ordinal: 3, dose: { value: 25, unit: 'mCi/m²' } }] });
  });

  it('compares doses only in the unit given, and takes ranges', async () => {
    const other = await graphql(app.url, '{ cohorts(where: { dose: { value: { gt: 15 }, unit: "mg" } }) { totalCount } }');
    expect(other.body.data?.cohorts.totalCount).toBe(0);
    const range = await graphql(app.url, '{ cohorts(where: { dose: { value: { gte: 12.5, lt: 25 } } }, orderBy: { field: ORDINAL }) { nodes { ordinal } } }');
    expect(range.body.data?.cohorts.nodes).toEqual([{ ordinal: 1 }, { ordinal: 2 }]);
    const all = await graphql(app.url, '{ cohorts(where: { trial: { eq: "clr-131-phase-1-rr-multiple-myeloma" } }) { totalCount } }');
    expect(all.body.data?.cohorts.totalCount).toBe(3);
  });

  it('finds the readouts whose value exceeds 11.9: 26.2 and 15.4 months', async () => {
    const { body } = await graphql(app.url, '{ readouts(where: { value: { gt: 11.9 } }, orderBy: { field: VALUE, direction: DESC }) { nodes { value unit endpoint } } }');
    expect(body.data?.readouts.nodes).toEqual([
      { value: 26.2, unit: 'MONTHS', endpoint: 'MEDIAN_OVERALL_SURVIVAL' },
      { value: 15.4, unit: 'MONTHS', endpoint: 'MEDIAN_OVERALL_SURVIVAL' },
    ]);
  });
});
