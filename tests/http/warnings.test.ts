import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { graphql, startTestServer } from '../support/server.js';

describe('a filter that names no indication', () => {
  let app: App;

  beforeAll(async () => {
    app = await startTestServer();
  });

  afterAll(async () => {
    await app.close();
  });

  it('answers nothing, with a warning that names the closest indications', async () => {
    const { status, body } = await graphql(app.url, '{ programs(where: { indication: { name: "lymphoma" } }) { totalCount nodes { id } } }');
    expect(status).toBe(200);
    expect(body.data?.programs).toEqual({ totalCount: 0, nodes: [] });
    expect(body.extensions?.warnings).toEqual([
      {
        code: 'NO_MATCH',
        argument: 'where.indication.name',
        path: ['programs'],
        message: 'No indication is named "lymphoma" (nor has it as a synonym), so nothing matched. The closest: B-cell lymphoma.',
        suggestions: ['B-cell lymphoma'],
      },
    ]);
  });

  it('does so for trials too, and finds a misspelt name', async () => {
    const { body } = await graphql(app.url, '{ trials(where: { indication: { name: "myelomma" } }) { nodes { name } } }');
    expect(body.data?.trials.nodes).toEqual([]);
    expect(body.extensions?.warnings).toMatchObject([{ code: 'NO_MATCH', argument: 'where.indication.name', suggestions: ['Multiple myeloma'] }]);
  });

  it('reads the indication names once per load, and not at all when the filter matched', async () => {
    const names: string[] = [];
    const stop = app.executor.observe((event) => event.name === 'indication/list-indication-names' && names.push(event.name));
    try {
      await graphql(app.url, '{ trials(where: { indication: { name: "MM" } }) { nodes { id } } programs(where: { indication: { name: "MM" } }) { nodes { id } } }');
      expect(names).toEqual([]);
      for (const name of ['lymphomas', 'myelomas', 'leukemia']) {
        const { body } = await graphql(app.url, `{ t: trials(first: 0, where: { indication: { name: "${name}" } }) { totalCount } }`);
        expect(body.extensions?.warnings?.[0]).toMatchObject({ code: 'NO_MATCH', path: ['t'] });
      }
      expect(names.length).toBeLessThanOrEqual(1);
    } finally {
      stop();
    }
  });

  it('gives at most three warnings, and no suggestions for a very long name', async () => {
    const aliases = Array.from({ length: 5 }, (_, index) => `a${index}: programs(where: { indication: { name: "lymphomaa${index}" } }) { totalCount }`).join(' ');
    const many = await graphql(app.url, `{ ${aliases} }`);
    expect(many.body.extensions?.warnings).toHaveLength(3);
    const long = 'lymphoma '.repeat(20);
    const { body } = await graphql(app.url, '{ programs(where: { indication: { name: $name } }) { totalCount } }'.replace('$name', JSON.stringify(long)));
    expect(body.extensions?.warnings?.[0]).toMatchObject({ code: 'NO_MATCH', suggestions: [] });
  });

  it('says nothing when the name exists and the answer is merely empty, or when something matched', async () => {
    const empty = await graphql(app.url, '{ programs(where: { indication: { name: "multiple myeloma" }, stage: APPROVAL }) { totalCount } }');
    expect(empty.body.data?.programs.totalCount).toBe(0);
    expect(empty.body.extensions?.warnings).toBeUndefined();
    const found = await graphql(app.url, '{ trials(where: { indication: { name: "MM" } }) { totalCount } }');
    expect(found.body.data?.trials.totalCount).toBe(2);
    expect(found.body.extensions?.warnings).toBeUndefined();
  });

  it('warns again when asked again: an answer with a warning is not kept', async () => {
    for (let time = 0; time < 2; time++) {
      const { body } = await graphql(app.url, '{ programs(where: { indication: { name: "lymphoma" } }) { totalCount } }');
      expect(body.extensions?.warnings?.[0]?.suggestions).toEqual(['B-cell lymphoma']);
    }
  });
});

describe('an id written as a name', () => {
  let app: App;

  beforeAll(async () => {
    app = await startTestServer();
  });

  afterAll(async () => {
    await app.close();
  });

  it('gets NOT_FOUND with the id it stands for, in a lookup', async () => {
    const { body } = await graphql(app.url, '{ compound(id: "CLR 131") { name } }');
    expect(body.errors?.[0]).toMatchObject({
      message: 'No Compound has the id "CLR 131". Did you mean "clr-131"?',
      extensions: { code: 'NOT_FOUND', type: 'Compound', id: 'CLR 131', suggestions: ['clr-131'] },
    });
    const company = await graphql(app.url, '{ company(id: "Cellectar Biosciences") { name } }');
    expect(company.body.errors?.[0]?.extensions?.suggestions).toEqual(['cellectar-biosciences']);
    const none = await graphql(app.url, '{ compound(id: "CLR 132") { name } }');
    expect(none.body.errors?.[0]).toMatchObject({ message: 'No Compound has the id "CLR 132".', extensions: { code: 'NOT_FOUND', id: 'CLR 132' } });
    expect(none.body.errors?.[0]?.extensions?.suggestions).toBeUndefined();
  });

  it('answers an empty filter with a warning naming the id, for trials and programs', async () => {
    const { body } = await graphql(app.url, '{ trials(where: { compound: { eq: "CLR 131" } }) { totalCount } programs(where: { compound: { eq: "CLR 131" } }) { totalCount } }');
    expect(body.data).toEqual({ trials: { totalCount: 0 }, programs: { totalCount: 0 } });
    const warning = { code: 'NO_MATCH', argument: 'where.compound.eq', message: 'No Compound has the id "CLR 131", so nothing matched. Did you mean "clr-131"?', suggestions: ['clr-131'] };
    expect(body.extensions?.warnings).toEqual(expect.arrayContaining([{ ...warning, path: ['trials'] }, { ...warning, path: ['programs'] }]));
    expect(body.extensions?.warnings).toHaveLength(2);
    const right = await graphql(app.url, '{ trials(where: { compound: { eq: "clr-131" } }) { totalCount } }');
    expect(right.body.data?.trials.totalCount).toBe(2);
    expect(right.body.extensions?.warnings).toBeUndefined();
  });
});
