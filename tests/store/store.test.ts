import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/root.js';
import { contextFactory } from '../../src/graphql/context.js';
import { BundleInvalidError, loadBundle, readBundleFile } from '../../src/ingest/load-bundle.js';
import { CypherCatalog, CypherFileError, type Executor, GraphState, LABELS, LabelSizes, prepareStore, schemaStatements, StoreQueryError } from '../../src/store/index.js';
import { countRelatedNodes, listNodes, relatedNodes } from '../../src/store/query-builder.js';
import { ENGINES, cypher, freshStore, snapshot } from '../support/engines.js';

const SEED = join(ROOT, 'seeds', 'cellectar-clr-131-2017-11-07.json');

describe.each(ENGINES)('store on the %s engine', (engine) => {
  let executor: Executor;

  beforeEach(async () => {
    executor = await freshStore(engine);
  });

  afterEach(async () => {
    await executor.close();
  });

  it('applies constraints and indexes idempotently', async () => {
    await expect(prepareStore(executor, cypher)).resolves.toBeUndefined();
    await executor.write({ name: 'test/create', text: "CREATE (:Compound {id: 'twice', name: 'Twice'})", params: {} });
    await expect(
      executor.write({ name: 'test/create-again', text: "CREATE (:Compound {id: 'twice', name: 'Twice'})", params: {} }),
    ).rejects.toBeInstanceOf(StoreQueryError);
  });

  it('loads the seed bundle: 33 nodes and 82 relationships, every fact cited', async () => {
    const summary = await loadBundle(executor, readBundleFile(SEED), '2026-01-01T00:00:00.000Z');
    expect(summary).toEqual({ bundle: 'cellectar-clr-131-2017-11-07', nodesWritten: 33, nodesUnchanged: 0, relationships: 82, unlinked: 0, programs: { written: 4, deleted: 0 } });
    const [counts] = await executor.read({
      name: 'test/counts',
      text: 'MATCH (n) WHERE any(label IN labels(n) WHERE label IN $labels) WITH count(n) AS nodes MATCH (a)-[r]->() WHERE any(label IN labels(a) WHERE label IN $labels) RETURN nodes, count(r) AS relationships',
      params: { labels: LABELS },
    });
    expect(counts).toEqual({ nodes: 33, relationships: 82 });
    const uncited = await executor.read({
      name: 'test/uncited',
      text: 'MATCH (n) WHERE any(label IN labels(n) WHERE label IN $labels) AND NOT n:Source AND NOT EXISTS { (n)-[:SUPPORTED_BY]->(:Source) } RETURN n.id AS id',
      params: { labels: LABELS },
    });
    expect(uncited).toEqual([]);
  });

  it('maps values to plain JS: numbers, ISO date strings, lists', async () => {
    await loadBundle(executor, readBundleFile(SEED));
    const rows = await executor.read({
      name: 'test/values',
      text: `MATCH (c:Cohort)-[:REPORTED]->(r:Readout {endpoint: 'MEDIAN_OVERALL_SURVIVAL'})
             RETURN c.ordinal AS ordinal, c.doseValue AS dose, r.value AS months, r.asOf AS asOf, c.meanPriorLines AS priorLines
             ORDER BY ordinal`,
      params: {},
    });
    expect(rows).toEqual([
      { ordinal: 1, dose: 12.5, months: 26.2, asOf: '2017-11-07', priorLines: 5.8 },
      { ordinal: 2, dose: 18.75, months: 15.4, asOf: '2017-11-07', priorLines: null },
      { ordinal: 3, dose: 25, months: 10, asOf: '2017-11-07', priorLines: null },
    ]);
    const [company] = await executor.read({ name: 'test/aliases', text: "MATCH (c:Company {id: 'cellectar-biosciences'}) RETURN c.aliases AS aliases", params: {} });
    expect(company?.aliases).toContain('Cellecstar');
  });

  it('loads twice without changing any count, property or timestamp; only the data version and the bundle’s last load move', async () => {
    const dataMarker = async () => {
      const [row] = await executor.read({ name: 'test/data', text: "MATCH (d:Derivation {id: 'data'}) RETURN d.version AS version, d.loadId AS loadId, d.loadedAt AS loadedAt", params: {} });
      return { version: row?.version, loadedAt: row?.loadedAt, loadId: row?.loadId as string };
    };
    const records = (picture: { nodes: string[] }) => picture.nodes.filter((node) => node.includes('"id":"data"') || node.includes('"lastLoadedAt"'));
    const withoutMarker = (picture: { nodes: string[]; relationships: string[] }) => ({ ...picture, nodes: picture.nodes.filter((node) => !records({ nodes: [node] }).length) });
    await loadBundle(executor, readBundleFile(SEED), '2026-01-01T00:00:00.000Z');
    const before = await snapshot(executor);
    const first = await dataMarker();
    expect(first).toMatchObject({ version: 1, loadedAt: '2026-01-01T00:00:00.000Z', loadId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    const again = await loadBundle(executor, readBundleFile(SEED), '2026-06-01T00:00:00.000Z');
    expect(again.nodesWritten).toBe(0);
    expect(again.nodesUnchanged).toBe(33);
    expect(again.programs).toEqual({ written: 0, deleted: 0 });
    const after = await snapshot(executor);
    expect(withoutMarker(after)).toEqual(withoutMarker(before));
    expect(after.nodes.length).toBe(before.nodes.length);
    const second = await dataMarker();
    expect(second).toMatchObject({ version: 2, loadedAt: '2026-06-01T00:00:00.000Z' });
    expect(second.loadId).not.toBe(first.loadId);
    const [bundle] = await executor.read({ name: 'test/bundle', text: "MATCH (b:Bundle {id: 'cellectar-clr-131-2017-11-07'}) RETURN b {.*} AS b", params: {} });
    expect(bundle?.b).toMatchObject({ firstLoadedAt: '2026-01-01T00:00:00.000Z', lastLoadedAt: '2026-06-01T00:00:00.000Z', nodes: 33 });
    expect(records(after)).toHaveLength(2);
  });

  it('updates only what changed, removes a property set to null, keeps the rest and createdAt', async () => {
    await loadBundle(executor, readBundleFile(SEED), '2026-01-01T00:00:00.000Z');
    const bundle = readBundleFile(SEED) as { nodes: { id: string; properties: Record<string, unknown> }[] };
    const company = bundle.nodes.find((node) => node.id === 'cellectar-biosciences');
    if (!company) throw new Error('the seed lost its company');
    company.properties.focus = null;
    delete company.properties.headquarters;
    company.properties.ticker = 'CLRB.TEST';
    const summary = await loadBundle(executor, bundle, '2026-06-01T00:00:00.000Z');
    expect(summary.nodesWritten).toBe(1);
    const [row] = await executor.read({ name: 'test/company', text: "MATCH (c:Company {id: 'cellectar-biosciences'}) RETURN c {.*} AS c", params: {} });
    expect(row?.c).toMatchObject({ ticker: 'CLRB.TEST', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-06-01T00:00:00.000Z' });
    expect(row?.c).not.toHaveProperty('focus');
    expect(row?.c).toMatchObject({ headquarters: 'Madison, Wisconsin' });
  });

  it('refuses an invalid bundle whole, naming record and field, and leaves the store unchanged', async () => {
    await loadBundle(executor, readBundleFile(SEED));
    const before = await snapshot(executor);
    const bundle = readBundleFile(SEED) as { nodes: Record<string, any>[]; relationships: Record<string, any>[] };
    bundle.nodes.push({ label: 'Compound', id: 'new-compound', properties: { name: 'New', modality: 'PHOSPHOLIPID_DRUG_CONJUGATE', developmentStatus: 'INVESTIGATIONAL' }, citations: [{ source: 'cellectar-2017-11-07-clr-131-mos-update', locator: 'test' }] });
    const readout = bundle.nodes.find((node) => node.id === 'clr-131-phase-1-cohort-1-median-os-2017-11-07');
    if (!readout) throw new Error('the seed lost its cohort 1 readout');
    readout.properties.asOf = '2017-11-31';
    bundle.relationships.push({ type: 'DEVELOPS', from: 'clr-131', to: 'cellectar-biosciences' });

    const error = await loadBundle(executor, bundle).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BundleInvalidError);
    const problems = (error as BundleInvalidError).problems;
    expect(problems).toContainEqual({
      record: 'nodes[15] (Readout clr-131-phase-1-cohort-1-median-os-2017-11-07)',
      field: 'properties.asOf',
      message: 'must be a calendar date as YYYY-MM-DD, got "2017-11-31"',
    });
    expect(problems).toContainEqual(expect.objectContaining({ field: 'from', message: 'must be a Company, got the Compound clr-131' }));
    expect(problems).toHaveLength(3);
    expect(await snapshot(executor)).toEqual(before);
  });

  it('refuses a removal of a relationship with properties, with unknown ends, or of a citation, and removes nothing', async () => {
    await loadBundle(executor, readBundleFile(SEED));
    const before = await snapshot(executor);
    const error = await loadBundle(executor, {
      bundle: 'bad-removals',
      nodes: [],
      unlink: [
        { type: 'STUDIES', from: 'clr-131-phase-2-b-cell-malignancies', to: 'multiple-myeloma', properties: { setting: 'x' } },
        { type: 'EVALUATES', from: 'no-such-trial', to: 'clr-131' },
        { type: 'SUPPORTED_BY', from: 'clr-131', to: 'cellectar-2017-11-07-clr-131-mos-update' },
        { type: 'STUDIES', from: 'clr-131-phase-2-b-cell-malignancies', to: 'multiple-myeloma' },
      ],
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BundleInvalidError);
    expect((error as BundleInvalidError).problems).toEqual([
      { record: 'unlink[0] (clr-131-phase-2-b-cell-malignancies -STUDIES-> multiple-myeloma)', field: 'properties', message: 'a removed relationship takes no properties' },
      { record: 'unlink[1] (no-such-trial -EVALUATES-> clr-131)', field: 'from', message: 'must be the id of a node of this bundle or the graph, got "no-such-trial"' },
      {
        record: 'unlink[2] (clr-131 -SUPPORTED_BY-> cellectar-2017-11-07-clr-131-mos-update)',
        field: 'type',
        message: 'a citation cannot be removed: every fact keeps the sources that support it',
      },
    ]);
    expect(await snapshot(executor)).toEqual(before);
  });

  it('lets a later bundle add to nodes of the graph without erasing what another source said', async () => {
    await loadBundle(executor, readBundleFile(SEED));
    const later = {
      bundle: 'later-source',
      nodes: [
        { label: 'Source', id: 'later-registry-record', properties: { name: 'Registry record', kind: 'REGISTRY', title: 'A registry record', publishedOn: '2018-01-15' } },
        { label: 'Compound', id: 'clr-131', properties: { developmentStatus: 'INVESTIGATIONAL' }, citations: [{ source: 'later-registry-record', locator: 'record' }] },
      ],
      relationships: [{ type: 'STUDIES', from: 'clr-131-phase-2-b-cell-malignancies', to: 'hematologic-malignancy', properties: { setting: 'Test' } }],
    };
    expect(await loadBundle(executor, later)).toMatchObject({ nodesWritten: 1, nodesUnchanged: 1, relationships: 2 });
    const [row] = await executor.read({
      name: 'test/compound',
      text: "MATCH (c:Compound {id: 'clr-131'}) RETURN c.payload AS payload, c.codeNames AS codeNames, COUNT { (c)-[:SUPPORTED_BY]->(:Source) } AS sources",
      params: {},
    });
    expect(row).toEqual({ payload: 'iodine-131', codeNames: ['CLR 131'], sources: 2 });
    const studies = await executor.read({
      name: 'test/studies',
      text: "MATCH (:Trial {id: 'clr-131-phase-2-b-cell-malignancies'})-[r:STUDIES]->(:Indication {id: 'hematologic-malignancy'}) RETURN r.setting AS setting",
      params: {},
    });
    expect(studies).toEqual([{ setting: 'Test' }]);
  });

  it('counts every label for pricing, and changes its version only when a size changed', async () => {
    const sizes = new LabelSizes();
    await sizes.count(executor);
    expect([sizes.version, sizes.of('Source')]).toEqual([1, 0]);
    await loadBundle(executor, readBundleFile(SEED));
    await sizes.count(executor);
    expect(Object.fromEntries(LABELS.map((label) => [label, sizes.of(label)]))).toEqual({
      Company: 1, Compound: 1, Platform: 2, Trial: 2, Cohort: 3, Indication: 4, Designation: 1, Readout: 6, Claim: 12, ReadoutSeries: 0, Name: 0, Milestone: 0, Disagreement: 0, Source: 1,
    });
    expect([sizes.version, sizes.of('Program'), sizes.of('Node'), sizes.of('Nothing')]).toEqual([2, 4, 33, 0]);
    await loadBundle(executor, readBundleFile(SEED));
    await sizes.count(executor);
    expect(sizes.version).toBe(2);
    const later = { bundle: 'later-source', nodes: [{ label: 'Source', id: 'later-registry-record', properties: { name: 'Registry record', kind: 'REGISTRY', title: 'A registry record', publishedOn: '2018-01-15' } }] };
    await loadBundle(executor, later);
    await sizes.count(executor);
    expect([sizes.version, sizes.of('Source')]).toEqual([3, 2]);
  });

  it('refuses to remove a required property of a node the graph holds', async () => {
    await loadBundle(executor, readBundleFile(SEED));
    const before = await snapshot(executor);
    const unnamed = {
      bundle: 'unnamed',
      nodes: [{ label: 'Compound', id: 'clr-131', properties: { name: null }, citations: [{ source: 'cellectar-2017-11-07-clr-131-mos-update', locator: 'test' }] }],
    };
    await expect(loadBundle(executor, unnamed)).rejects.toMatchObject({
      problems: [{ record: 'nodes[0] (Compound clr-131)', field: 'properties.name', message: 'is required' }],
    });
    expect(await snapshot(executor)).toEqual(before);
  });

  it('refuses an id that another label already holds', async () => {
    await loadBundle(executor, readBundleFile(SEED));
    const before = await snapshot(executor);
    const clash = {
      bundle: 'clash',
      nodes: [{ label: 'Indication', id: 'clr-131-phase-1-cohort-1', properties: { name: 'Clash', kind: 'DISEASE' }, citations: [{ source: 'cellectar-2017-11-07-clr-131-mos-update', locator: 'test' }] }],
    };
    await expect(loadBundle(executor, clash)).rejects.toMatchObject({
      problems: [{ record: 'nodes[0] (Indication clr-131-phase-1-cohort-1)', field: 'id', message: 'is already the id of a Cohort in the graph; ids are unique across labels' }],
    });
    expect(await snapshot(executor)).toEqual(before);
  });

  it('rolls back every statement of a transaction that fails', async () => {
    const failing = executor.transaction('WRITE', async (run) => {
      await run({ name: 'test/create', text: "CREATE (:Company {id: 'half-written', name: 'Half'})", params: {} });
      await run({ name: 'test/duplicate', text: "CREATE (:Company {id: 'half-written', name: 'Again'})", params: {} });
    });
    await expect(failing).rejects.toMatchObject({ name: 'StoreQueryError', statement: 'test/duplicate' });
    const rows = await executor.read({ name: 'test/find', text: "MATCH (c:Company {id: 'half-written'}) RETURN c.id AS id", params: {} });
    expect(rows).toEqual([]);
  });

  it('pages with keyset cursors built by the query builder', async () => {
    await loadBundle(executor, readBundleFile(SEED));
    const first = await executor.read(listNodes({ label: 'Indication', orderBy: { property: 'name', direction: 'ASC' }, limit: 2 }));
    expect(first.map((row) => (row.node as { name: string }).name)).toEqual(['B-cell lymphoma', 'B-cell malignancy']);
    const second = await executor.read(
      listNodes({ label: 'Indication', orderBy: { property: 'name', direction: 'ASC' }, after: { value: 'B-cell malignancy', id: 'b-cell-malignancy' }, limit: 2 }),
    );
    expect(second.map((row) => (row.node as { name: string }).name)).toEqual(['Hematologic malignancy', 'Multiple myeloma']);
  });

  it('pages a relation of several parents in one statement, each parent cut on its own, and counts without loading', async () => {
    await loadBundle(executor, readBundleFile(SEED));
    const toComparedBy = [{ type: 'COMPARED_WITH', direction: 'IN', label: 'Readout' }] as const;
    const ids = ['standard-chemotherapy-rr-multiple-myeloma-survival-comparator', 'third-line-multiple-myeloma-median-os-comparator', 'no-such-readout'];
    const statement = relatedNodes({ label: 'Readout', path: [...toComparedBy], orderBy: { property: 'name', direction: 'ASC' }, limit: 2 });
    const rows = await executor.read({ ...statement, params: { ...statement.params, ids } });
    const values = (found: typeof rows) => found.map((row) => [row.key, (row.node as { value: number }).value]);
    expect(values(rows)).toEqual([
      [ids[0], 26.2],
      [ids[0], 15.4],
      [ids[1], 26.2],
    ]);
    const after = relatedNodes({ label: 'Readout', path: [...toComparedBy], orderBy: { property: 'name', direction: 'ASC' }, after: { value: 'Cohort 2 median overall survival', id: 'clr-131-phase-1-cohort-2-median-os-2017-11-07' }, limit: 2 });
    expect(values(await executor.read({ ...after, params: { ...after.params, ids } }))).toEqual([[ids[0], 10]]);
    const count = countRelatedNodes({ label: 'Readout', path: [...toComparedBy] });
    expect(await executor.read({ ...count, params: { ids } })).toEqual([
      { key: ids[0], totalCount: 3 },
      { key: ids[1], totalCount: 1 },
    ]);
  });
});

describe('Cypher files', () => {
  it('stops start-up naming a file that does not parse', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'cypher-'));
    cpSync(join(ROOT, 'cypher'), copy, { recursive: true });
    writeFileSync(join(copy, 'program', 'list-programs-by-compound.cypher'), 'MATCH (c:Compound RETURN c');
    const executor = await freshStore('embedded');
    try {
      await expect(prepareStore(executor, CypherCatalog.load(copy))).rejects.toMatchObject({
        name: 'CypherFileError',
        file: 'program/list-programs-by-compound',
      });
    } finally {
      await executor.close();
    }
  });

  it('stops start-up naming a file the services run that is missing', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'cypher-'));
    cpSync(join(ROOT, 'cypher'), copy, { recursive: true });
    rmSync(join(copy, 'program', 'count-programs-by-compound.cypher'));
    const executor = await freshStore('embedded');
    try {
      expect(() => contextFactory(executor, CypherCatalog.load(copy), new GraphState(executor, cypher))).toThrow('cypher/program/count-programs-by-compound.cypher: the file is missing');
    } finally {
      await executor.close();
    }
  });

  it('creates the embedded index on id before its unique constraint (a constraint alone makes inserts quadratic)', () => {
    const schema = schemaStatements('embedded').map((statement) => statement.name);
    for (const label of ['company', 'compound', 'readout', 'source', 'program', 'program-bucket', 'bundle']) {
      expect(schema.indexOf(`schema/create-index-${label}-id`)).toBeGreaterThanOrEqual(0);
      expect(schema.indexOf(`schema/create-index-${label}-id`)).toBeLessThan(schema.indexOf(`schema/create-unique-constraint-${label}-id`));
    }
    // Neo4j refuses an index beside a unique constraint on the same property: there, the constraint is the id's index.
    expect(schemaStatements('neo4j').filter((statement) => / ON \(n\.id\)$/.test(statement.text))).toEqual([]);
  });

  it('derives the constraints and indexes from the graph schema (tests/schema/definitions.test.ts adds a property)', () => {
    const texts = (engine: 'embedded' | 'neo4j') => schemaStatements(engine).map((statement) => statement.text);
    for (const engine of ['embedded', 'neo4j'] as const) {
      expect(texts(engine)).toContain('CREATE INDEX indication_mondo_id IF NOT EXISTS FOR (n:Indication) ON (n.mondoId)');
      expect(texts(engine)).toContain('CREATE INDEX trial_phase IF NOT EXISTS FOR (n:Trial) ON (n.phase)');
      expect(texts(engine)).toContain('CREATE CONSTRAINT compound_id_unique IF NOT EXISTS FOR (n:Compound) REQUIRE n.id IS UNIQUE');
      expect(texts(engine).filter((text) => text.includes('(n:ProgramCount)'))).toEqual([]);
    }
    expect(texts('embedded')).toHaveLength(59);
    expect(texts('neo4j')).toHaveLength(41);
  });

  it('finds the facts of a program alike in the list and the count of its trials, designations and sources', () => {
    for (const what of ['trials', 'designations', 'sources']) {
      const match = (name: string) => cypher.get(name).split('\n').filter((line) => line.includes('MATCH (c)'));
      expect(match(`program/count-${what}-by-program`), what).toEqual(match(`program/list-${what}-by-program`));
    }
    const sourceTrials = cypher.get('program/list-sources-by-program').split('\n').find((line) => line.includes('(f:Trial)'));
    expect(sourceTrials).toBeDefined();
    expect(cypher.get('program/list-trials-by-program')).toContain(sourceTrials?.trim().replace('(f:Trial)', '(t:Trial)'));
  });

  it('names a missing file', () => {
    expect(() => cypher.get('program/list-nothing')).toThrow(CypherFileError);
    expect(() => cypher.get('program/list-nothing')).toThrow('cypher/program/list-nothing.cypher: the file is missing');
  });
});
