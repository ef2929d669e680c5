import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { dataOf, graphql, startTestServer } from '../support/server.js';

describe('the claims list', () => {
  let app: App;

  beforeAll(async () => {
    app = await startTestServer();
  });

  afterAll(async () => {
    await app.close();
  });

  const data = (query: string, variables?: Record<string, unknown>) => dataOf(app.url, query, variables);

  it('lists the outlook claims of the release by name', async () => {
    const { claims } = await data('{ claims(where: { kind: { eq: OUTLOOK } }) { totalCount nodes { id name } } }');
    expect(claims).toEqual({
      totalCount: 3,
      nodes: [
        { id: 'clr-131-ceo-outlook', name: 'CEO outlook on CLR 131' },
        { id: 'chemotherapeutic-pipeline-expansion', name: 'Plan to expand the chemotherapeutic PDC pipeline' },
        { id: 'phase-1-survival-follow-up', name: 'Survival follow-up continues' },
      ],
    });
  });

  it('filters by what a claim is about, its statement and NOT: the Phase 1 trial’s claims that are not outlook are its two interpretations', async () => {
    const answer = await data(`{
      trial: claims(where: { about: { eq: "clr-131-phase-1-rr-multiple-myeloma" }, NOT: { kind: { eq: OUTLOOK } } }) { nodes { id kind } }
      payloads: claims(where: { about: { in: ["pdc", "ple"] }, statement: { contains: "PAYLOAD" } }, orderBy: { field: ID }) { nodes { id } }
    }`);
    expect(answer).toEqual({
      trial: {
        nodes: [
          { id: 'phase-1-cohort-timing', kind: 'INTERPRETATION' },
          { id: 'phase-1-vs-standard-chemotherapy', kind: 'INTERPRETATION' },
        ],
      },
      payloads: { nodes: [{ id: 'pdc-diverse-payloads' }, { id: 'ple-payload-coupling' }] },
    });
  });

  it('gets one claim by id with what it is about, and NOT_FOUND for an unknown id', async () => {
    const { claim } = await data('{ claim(id: "chemotherapeutic-pdcs-preclinical") { kind about { nodes { __typename id } } } }');
    expect(claim).toEqual({ kind: 'PIPELINE', about: { nodes: [{ __typename: 'Company', id: 'cellectar-biosciences' }, { __typename: 'Platform', id: 'pdc' }] } });
    const { body } = await graphql(app.url, '{ claim(id: "no-such-claim") { id } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
