import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { BundleInvalidError, loadBundle } from '../../src/ingest/load-bundle.js';
import { graphql, startTestServer } from '../support/server.js';

describe('a compound of several modalities', () => {
  let app: App;

  beforeAll(async () => {
    app = await startTestServer();
  });

  afterAll(async () => {
    await app.close();
  });

  it('is CLR 131: a phospholipid drug conjugate that carries iodine-131, so a radioconjugate too', async () => {
    const { body } = await graphql(app.url, '{ compound(id: "clr-131") { modality modalities payload } }');
    expect(body.data?.compound).toEqual({ modality: 'PHOSPHOLIPID_DRUG_CONJUGATE', modalities: ['PHOSPHOLIPID_DRUG_CONJUGATE', 'RADIOCONJUGATE'], payload: 'iodine-131' });
  });

  it.each([
    ['{ eq: RADIOCONJUGATE }', ['CLR 131']],
    ['{ eq: PHOSPHOLIPID_DRUG_CONJUGATE }', ['CLR 131']],
    ['{ in: [ANTIBODY, RADIOCONJUGATE] }', ['CLR 131']],
    ['{ eq: ANTIBODY }', []],
    // eq on the modality, in on one of the modalities: each comparison may hold on either.
    ['{ eq: PHOSPHOLIPID_DRUG_CONJUGATE, in: [RADIOCONJUGATE] }', ['CLR 131']],
    ['{ in: [SMALL_MOLECULE] }', []],
  ])('is found by modality %s', async (filter, names) => {
    const { body } = await graphql(app.url, `{ compounds(where: { modality: ${filter} }) { nodes { name } } }`);
    expect(body.data?.compounds.nodes.map((compound: { name: string }) => compound.name)).toEqual(names);
  });

  it.each([[['RADIOCONJUGATE', 'RADIOCONJUGATE']], [['RADIOTHERAPY']], [[]], ['RADIOCONJUGATE']])('refuses modalities %j in a bundle', async (modalities) => {
    const bundle = { bundle: 'bad-modalities', nodes: [{ label: 'Compound', id: 'clr-131', properties: { modalities }, citations: [{ source: 'cellectar-2017-11-07-clr-131-mos-update', locator: 'paragraph 1' }] }] };
    const error = await loadBundle(app.executor, bundle).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BundleInvalidError);
    expect((error as BundleInvalidError).problems[0]).toMatchObject({ field: 'properties.modalities', message: expect.stringContaining('must be a non-empty list, without repeats, of PHOSPHOLIPID_DRUG_CONJUGATE') });
  });
});
