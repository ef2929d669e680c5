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

  it('gets one cohort by id, and NOT_FOUND for an id no cohort has', async () => {
    const { body } = await graphql(app.url, '{ cohort(id: "clr-131-phase-1-cohort-1") { name ordinal dose { value unit } trial { id } } }');
    expect(body.data?.cohort).toEqual({ name: 'Cohort 1', ordinal: 1, dose: { value: 12.5, unit: 'mCi/m²' }, trial: { id: 'clr-131-phase-1-rr-multiple-myeloma' } });
    const missing = await graphql(app.url, '{ cohort(id: "clr-131-phase-1-cohort-9") { name } }');
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('compares doses only in the unit given, and takes ranges', async () => {
    const other = await graphql(app.url, '{ cohorts(where: { dose: { value: { gt: 15 }, unit: "mg" } }) { totalCount } }');
    expect(other.body.data?.cohorts.totalCount).toBe(0);
    const dose = (value: string) => `{ cohorts(where: { dose: { value: ${value}, unit: "mCi/m²" } }, orderBy: { field: ORDINAL }) { nodes { ordinal } } }`;
    const ordinals = async (value: string) => (await graphql(app.url, dose(value))).body.data?.cohorts.nodes.map((cohort: { ordinal: number }) => cohort.ordinal);
    expect(await ordinals('{ gte: 12.5, lt: 25 }')).toEqual([1, 2]);
    expect(await ordinals('{ gt: 12.5, lte: 25 }')).toEqual([2, 3]);
    expect(await ordinals('{ eq: 18.75 }')).toEqual([2]);
    expect(await ordinals('{ lte: 18.75, gt: null }')).toEqual([1, 2]);
    const unitless = await graphql(app.url, '{ cohorts(where: { dose: { value: { gt: 15 } } }) { totalCount } }');
    expect(unitless.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'where.dose.unit' });
    const infinite = await graphql(app.url, dose('{ gt: 1e400 }'));
    expect(infinite.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'where.dose.value.gt' });
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
