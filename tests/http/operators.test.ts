import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { dataOf, graphql, startTestServer } from '../support/server.js';

describe('filter operators from the graph schema: text, dates and isNull', () => {
  let app: App;

  beforeAll(async () => {
    app = await startTestServer();
  });

  afterAll(async () => {
    await app.close();
  });

  const data = (query: string, variables?: Record<string, unknown>) => dataOf(app.url, query, variables);

  it('answers who develops the compound whose payload is iodine-131, in one query, ignoring case', async () => {
    const { compounds } = await data('{ compounds(where: { payload: { eq: "IODINE-131" } }) { nodes { name payload developers { nodes { name } } } } }');
    expect(compounds.nodes).toEqual([{ name: 'CLR 131', payload: 'iodine-131', developers: { nodes: [{ name: 'Cellectar Biosciences, Inc.' }] } }]);
    expect((await data('{ companies(where: { ticker: { eq: "clrb" } }) { nodes { id } } }')).companies.nodes).toEqual([{ id: 'cellectar-biosciences' }]);
  });

  it('compares dates: the release is of 2017-11-07, the readouts hold as of it, the designation gives no date', async () => {
    const answer = await data(`{
      on: sources(where: { publishedOn: { eq: "2017-11-07" } }) { totalCount }
      before: sources(where: { publishedOn: { lt: "2017-11-07" } }) { totalCount }
      within: readouts(where: { asOf: { gte: "2017-11-01", lte: "2017-11-30" } }, orderBy: { field: VALUE, direction: DESC }) { nodes { value } }
      undated: designations(where: { grantedOn: { isNull: true } }) { nodes { id } }
      dated: designations(where: { grantedOn: { gte: "1900-01-01" } }) { totalCount }
    }`);
    expect(answer).toEqual({
      on: { totalCount: 1 },
      before: { totalCount: 0 },
      within: { nodes: [{ value: 26.2 }, { value: 15.4 }, { value: 10 }] },
      undated: { nodes: [{ id: 'clr-131-fda-orphan-drug-multiple-myeloma' }] },
      dated: { totalCount: 0 },
    });
  });

  it('finds missing and present values with isNull, on numbers, enums and text', async () => {
    const answer = await data(`{
      noValue: readouts(where: { value: { isNull: true } }) { totalCount }
      withValue: readouts(where: { value: { isNull: false } }) { totalCount }
      noMaturity: readouts(where: { maturity: { isNull: true } }) { totalCount }
      months: readouts(where: { unit: { eq: MONTHS }, value: { isNull: true } }) { nodes { id } }
      noModality: compounds(where: { modality: { isNull: true } }) { totalCount }
      noTicker: companies(where: { ticker: { isNull: true } }) { totalCount }
      undosed: cohorts(where: { dose: { value: { isNull: true } } }) { totalCount }
      dosed: cohorts(where: { dose: { value: { isNull: false } } }) { totalCount }
    }`);
    expect(answer).toEqual({
      noValue: { totalCount: 3 },
      withValue: { totalCount: 3 },
      noMaturity: { totalCount: 3 },
      months: { nodes: [{ id: 'third-line-multiple-myeloma-median-os-comparator' }] },
      noModality: { totalCount: 0 },
      noTicker: { totalCount: 0 },
      undosed: { totalCount: 0 },
      dosed: { totalCount: 3 },
    });
  });

  it('refuses a date that is not a calendar date, naming it', async () => {
    const { body } = await graphql(app.url, 'query($d: LocalDate!) { sources(where: { publishedOn: { gt: $d } }) { totalCount } }', { d: '2017-13-01' });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toContain('2017-13-01');
  });
});
