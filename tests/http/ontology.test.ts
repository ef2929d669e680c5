import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { graphql, startTestServer } from '../support/server.js';

const BY_XREF = 'query ByXref($xref: String) { indication(xref: $xref) { id name xrefs } }';

describe('indications by ontology cross-reference', () => {
  let app: App;

  beforeAll(async () => {
    app = await startTestServer();
  });

  afterAll(async () => {
    await app.close();
  });

  it.each(['MONDO:0009693', 'NCIT:C3242', 'EFO:0001378', 'DOID:9538', 'mondo:0009693', ' DOID:9538 ', 'MONDO_0009693', 'EFO_0001378'])('finds multiple myeloma by %s, with its four CURIEs', async (xref) => {
    const { body } = await graphql(app.url, BY_XREF, { xref });
    expect(body.errors).toBeUndefined();
    expect(body.data?.indication).toEqual({ id: 'multiple-myeloma', name: 'Multiple myeloma', xrefs: ['NCIT:C3242', 'MONDO:0009693', 'EFO:0001378', 'DOID:9538'] });
  });

  it('gives no cross-reference where none is recorded', async () => {
    const { body } = await graphql(app.url, '{ indication(id: "b-cell-lymphoma") { name xrefs } }');
    expect(body.data?.indication).toEqual({ name: 'B-cell lymphoma', xrefs: [] });
  });

  it('answers NOT_FOUND for a well-formed CURIE no indication has', async () => {
    const { body } = await graphql(app.url, BY_XREF, { xref: 'MONDO:0005170' });
    expect(body.errors?.[0]).toMatchObject({ message: 'No Indication has the cross-reference "MONDO:0005170".', extensions: { code: 'NOT_FOUND', type: 'Indication', xref: 'MONDO:0005170' } });
  });

  it.each(['MONDO:9693', 'OMIM:254500', 'C3242', "MONDO:0009693' OR 1=1 //", ''])('refuses %j as a cross-reference, naming the argument', async (xref) => {
    const { body } = await graphql(app.url, BY_XREF, { xref });
    expect(body.data).toBeNull();
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'xref' });
    expect(body.errors?.[0]?.message).toContain('give a CURIE such as NCIT:C3242, MONDO:0009693, EFO:0001378 or DOID:9538');
  });

  it('wants the id or the xref, one of the two', async () => {
    for (const query of ['{ indication { name } }', '{ indication(id: "multiple-myeloma", xref: "MONDO:0009693") { name } }']) {
      const { body } = await graphql(app.url, query);
      expect(body.errors?.[0]).toMatchObject({ message: 'Give the indication’s id or its xref, one of the two.', extensions: { code: 'BAD_USER_INPUT' } });
    }
    expect((await graphql(app.url, '{ indication(id: "multiple-myeloma") { xrefs } }')).body.data?.indication.xrefs).toContain('DOID:9538');
  });

  it('takes a cross-reference wherever an indication is matched: programs, trials, indications', async () => {
    const { body } = await graphql(
      app.url,
      `{ programs(where: { designation: { type: ORPHAN_DRUG }, stage: PHASE_2, indication: { xref: "MONDO:0009693" } }) { nodes { id stage } }
         trials(where: { indication: { xref: "NCIT:C3242", includeSubtypes: false } }) { nodes { name } }
         indications(where: { matches: { xref: "DOID:9538" } }) { nodes { id } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.programs.nodes).toEqual([{ id: 'clr-131@multiple-myeloma', stage: 'PHASE_2' }]);
    expect(body.data?.trials.nodes).toEqual([{ name: 'CLR 131 Phase 1 study in relapsed or refractory multiple myeloma' }, { name: 'CLR 131 Phase 2 study in B-cell malignancies' }]);
    expect(body.data?.indications.nodes).toEqual([{ id: 'multiple-myeloma' }]);
    const refused = await graphql(app.url, '{ programs(where: { indication: { xref: "OMIM:254500" } }) { totalCount } }');
    expect(refused.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'where.indication.xref' });
    const none = await graphql(app.url, '{ programs(where: { indication: { xref: "MONDO:0005170" } }) { totalCount } }');
    expect(none.body.data?.programs.totalCount).toBe(0);
  });
});
