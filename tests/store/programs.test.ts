import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundle } from '../../src/ingest/load-bundle.js';
import { BUCKET_MAX, ensurePrograms } from '../../src/ingest/programs.js';
import { countNodes, countPrograms, ENUMS, type Executor, int, listNodes, listPrograms, STAGES } from '../../src/store/index.js';
import { cypher, emptyOurLabels, ENGINES, freshStore } from '../support/engines.js';

/**
 * Stored programs never disagree with the derivation of DESIGN.md: random graphs, random changes (links added and
 * removed, phases, statuses and designations changed, indications placed under others), and after every change the
 * stored programs equal those the derivation, written here once more in Cypher straight over the facts, gives.
 */

/** DESIGN.md's rule over the whole graph, independent of ingest/programs.ts: the oracle. */
const DERIVATION = `
MATCH (c:Compound)
CALL (c) {
  MATCH (c)<-[:EVALUATES]-(:Trial)-[:STUDIES]->(i:Indication)
  RETURN i
  UNION
  MATCH (c)-[:DEVELOPED_FOR]->(i:Indication)
  RETURN i
}
CALL (c, i) {
  OPTIONAL MATCH (t:Trial)-[:EVALUATES]->(c)
  WHERE t.phase IN $stageOrder AND EXISTS { MATCH (t)-[:STUDIES]->(:Indication)-[:SUBTYPE_OF*0..]->(i) }
  RETURN max($ranks[t.phase]) AS rank
}
CALL (c, i) {
  OPTIONAL MATCH (c)-[:HAS_DESIGNATION]->(d:Designation)-[:FOR_INDICATION]->(:Indication)<-[:SUBTYPE_OF*0..]-(i)
  RETURN collect(DISTINCT d.agency + ':' + d.type) AS designations
}
RETURN c.id + '@' + i.id AS id,
  CASE WHEN rank IS NOT NULL THEN $stageOrder[rank] WHEN c.developmentStatus = 'PRECLINICAL' THEN 'PRECLINICAL' ELSE 'UNKNOWN' END AS stage,
  designations`;

const INDICATIONS = 6;
const COMPOUNDS = 4;
const TRIALS = 8;
const DESIGNATIONS = 4;
const cite = [{ source: 'prop-source', locator: 'test' }];

const indication = fc.nat(INDICATIONS - 1).map((n) => `i${n}`);
const compound = fc.nat(COMPOUNDS - 1).map((n) => `c${n}`);
const trial = fc.nat(TRIALS - 1).map((n) => `t${n}`);
const designation = fc.nat(DESIGNATIONS - 1).map((n) => `d${n}`);
/** A subtype link from a later indication to an earlier one: the hierarchy stays acyclic. */
const subtype = fc
  .tuple(fc.nat(INDICATIONS - 1), fc.nat(INDICATIONS - 1))
  .filter(([a, b]) => a !== b)
  .map(([a, b]) => ({ type: 'SUBTYPE_OF', from: `i${Math.max(a, b)}`, to: `i${Math.min(a, b)}` }));
const link = fc.oneof(
  fc.record({ type: fc.constant('EVALUATES'), from: trial, to: compound }),
  fc.record({ type: fc.constant('STUDIES'), from: trial, to: indication }),
  fc.record({ type: fc.constant('DEVELOPED_FOR'), from: compound, to: indication }),
  fc.record({ type: fc.constant('HAS_DESIGNATION'), from: compound, to: designation }),
  fc.record({ type: fc.constant('FOR_INDICATION'), from: designation, to: indication }),
  subtype,
);
const phase = fc.constantFrom(...ENUMS.Stage);
const developmentStatus = fc.constantFrom('PRECLINICAL', 'INVESTIGATIONAL', 'APPROVED');
const designationFacts = fc.record({ type: fc.constantFrom('ORPHAN_DRUG', 'FAST_TRACK', 'PRIME'), agency: fc.constantFrom('FDA', 'EMA') });

const node = (label: string, id: string, properties: Record<string, unknown>) => ({ label, id, properties, citations: cite });

/** The first bundle: every node, with random facts, and random links. */
const initial = fc
  .record({
    phases: fc.array(phase, { minLength: TRIALS, maxLength: TRIALS }),
    statuses: fc.array(developmentStatus, { minLength: COMPOUNDS, maxLength: COMPOUNDS }),
    designations: fc.array(designationFacts, { minLength: DESIGNATIONS, maxLength: DESIGNATIONS }),
    links: fc.array(link, { maxLength: 24 }),
  })
  .map(({ phases, statuses, designations, links }) => ({
    bundle: 'prop-initial',
    nodes: [
      { label: 'Source', id: 'prop-source', properties: { name: 'Property test', kind: 'PUBLICATION', title: 'Property test', publishedOn: '2020-01-01' }, citations: [] },
      ...Array.from({ length: INDICATIONS }, (_, n) => node('Indication', `i${n}`, { name: `Indication ${n}`, kind: 'DISEASE' })),
      ...statuses.map((status, n) => node('Compound', `c${n}`, { name: `Compound ${n}`, modality: 'SMALL_MOLECULE', developmentStatus: status })),
      ...phases.map((value, n) => node('Trial', `t${n}`, { name: `Trial ${n}`, phase: value, status: 'ONGOING' })),
      ...designations.map((facts, n) => node('Designation', `d${n}`, { name: `Designation ${n}`, status: 'GRANTED', ...facts })),
    ],
    relationships: links,
  }));

/** One later bundle: a link added or removed, a phase, a development status or a designation changed. */
const change = fc.oneof(
  link.map((added) => ({ nodes: [], relationships: [added] })),
  link.map((removed) => ({ nodes: [], unlink: [removed] })),
  fc.tuple(trial, phase).map(([id, value]) => ({ nodes: [node('Trial', id, { phase: value })] })),
  fc.tuple(compound, developmentStatus).map(([id, status]) => ({ nodes: [node('Compound', id, { developmentStatus: status })] })),
  fc.tuple(designation, designationFacts).map(([id, facts]) => ({ nodes: [node('Designation', id, facts)] })),
);

const STAGE_PARAMS = { stageOrder: [...STAGES], ranks: Object.fromEntries(STAGES.map((stage, rank) => [stage, int(rank)])) };

/** Given rows of programs, returns them as comparable lines, sorted. */
function lines(rows: Record<string, unknown>[]): string[] {
  return rows.map((row) => `${row.id as string} ${row.stage as string} [${[...((row.designations as string[] | null) ?? [])].sort().join(',')}]`).sort();
}

async function storedPrograms(executor: Executor): Promise<string[]> {
  return lines(await executor.read({ name: 'test/stored-programs', text: 'MATCH (p:Program) RETURN p.id AS id, p.stage AS stage, p.designations AS designations', params: {} }));
}

async function derivedPrograms(executor: Executor): Promise<string[]> {
  return lines(await executor.read({ name: 'test/derived-programs', text: DERIVATION, params: STAGE_PARAMS }));
}

/**
 * Given an executor, returns what is wrong with the program buckets: a program without an existing bucket or outside
 * its bounds, a size that is not the count of its programs, an overfull or overlapping bucket.
 */
async function bucketProblems(executor: Executor): Promise<string[]> {
  // Named for the buckets, it checks the per-stage counts as well: both are bookkeeping beside the programs.
  const buckets = await executor.read({ name: 'test/buckets', text: 'MATCH (b:ProgramBucket) RETURN b {.*} AS b ORDER BY b.first', params: {} });
  const programs = await executor.read({ name: 'test/bucketed', text: 'MATCH (p:Program) RETURN p.id AS id, p.bucket AS bucket', params: {} });
  const problems: string[] = [];
  const byId = new Map(buckets.map(({ b }) => [(b as { id: string }).id, b as { id: string; first: string; last: string; size: number }]));
  const sizes = new Map<string, number>();
  for (const { id, bucket } of programs as { id: string; bucket: string }[]) {
    const home = byId.get(bucket);
    if (!home) problems.push(`${id} is in no bucket`);
    else if (id < home.first || id > home.last) problems.push(`${id} is outside ${home.first}..${home.last}`);
    sizes.set(bucket, (sizes.get(bucket) ?? 0) + 1);
  }
  const counted = await executor.read({ name: 'test/program-counts', text: 'MATCH (s:ProgramCount) WHERE s.count <> 0 RETURN s.stage AS stage, s.count AS count ORDER BY stage', params: {} });
  const actual = await executor.read({ name: 'test/program-stages', text: 'MATCH (p:Program) RETURN p.stage AS stage, count(p) AS count ORDER BY stage', params: {} });
  if (JSON.stringify(counted) !== JSON.stringify(actual)) problems.push(`per-stage counts ${JSON.stringify(counted)} are not ${JSON.stringify(actual)}`);
  let previous: { last: string } | undefined;
  for (const bucket of byId.values()) {
    if (bucket.size !== (sizes.get(bucket.id) ?? 0)) problems.push(`${bucket.first}.. says ${bucket.size} programs, holds ${sizes.get(bucket.id) ?? 0}`);
    if (bucket.size > BUCKET_MAX) problems.push(`${bucket.first}.. holds ${bucket.size}`);
    if (previous && previous.last >= bucket.first) problems.push(`${bucket.first}.. overlaps the bucket before it`);
    previous = bucket;
  }
  return problems;
}

/** Given an executor, pages through every program in id order by walking the buckets, two at a time, as the API does. */
async function walkAll(executor: Executor): Promise<string[]> {
  const ids: string[] = [];
  for (;;) {
    const after = ids[ids.length - 1];
    const rows = await executor.read(listPrograms({ where: {}, after, limit: 50, buckets: 2 }));
    if (!rows.length) return ids;
    ids.push(...rows.map((row) => row.id as string));
  }
}

describe.each(ENGINES)('stored programs on the %s engine', (engine) => {
  let executor: Executor;

  beforeAll(async () => {
    executor = await freshStore(engine);
  });

  afterAll(async () => {
    await executor.close();
  });

  it('agree with the derivation after every random change of random graphs', async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(initial, fc.array(change, { minLength: 1, maxLength: 6 }), async (first, changes) => {
        await emptyOurLabels(executor);
        await loadBundle(executor, first);
        expect(await storedPrograms(executor)).toEqual(await derivedPrograms(executor));
        for (const [index, next] of changes.entries()) {
          await loadBundle(executor, { bundle: `prop-change-${index}`, relationships: [], ...next });
          expect(await storedPrograms(executor)).toEqual(await derivedPrograms(executor));
          expect(await bucketProblems(executor)).toEqual([]);
          checked += 1;
        }
      }),
      { numRuns: 60, seed: 20261125 },
    );
    expect(checked).toBeGreaterThan(60);
  });

  it('derives a stage from a subtype, and drops it when the subtype link is removed', async () => {
    await emptyOurLabels(executor);
    const graph = {
      bundle: 'prop-subtype',
      nodes: [
        { label: 'Source', id: 'prop-source', properties: { name: 'Property test', kind: 'PUBLICATION', title: 'Property test', publishedOn: '2020-01-01' }, citations: [] },
        node('Indication', 'heme', { name: 'Heme', kind: 'GROUPING' }),
        node('Indication', 'mm', { name: 'MM', kind: 'DISEASE' }),
        node('Compound', 'x', { name: 'X', modality: 'SMALL_MOLECULE', developmentStatus: 'INVESTIGATIONAL' }),
        node('Trial', 'x-phase-2', { name: 'X phase 2', phase: 'PHASE_2', status: 'ONGOING' }),
        node('Trial', 'x-phase-1', { name: 'X phase 1', phase: 'PHASE_1', status: 'ONGOING' }),
      ],
      relationships: [
        { type: 'EVALUATES', from: 'x-phase-2', to: 'x' },
        { type: 'STUDIES', from: 'x-phase-2', to: 'mm' },
        { type: 'EVALUATES', from: 'x-phase-1', to: 'x' },
        { type: 'STUDIES', from: 'x-phase-1', to: 'heme' },
      ],
    };
    await loadBundle(executor, graph);
    expect(await storedPrograms(executor)).toEqual(['x@heme PHASE_1 []', 'x@mm PHASE_2 []']);
    const placed = await loadBundle(executor, { bundle: 'prop-place', nodes: [], relationships: [{ type: 'SUBTYPE_OF', from: 'mm', to: 'heme' }] });
    expect(placed.programs).toEqual({ written: 1, deleted: 0 });
    expect(await storedPrograms(executor)).toEqual(['x@heme PHASE_2 []', 'x@mm PHASE_2 []']);
    const removed = await loadBundle(executor, { bundle: 'prop-unplace', nodes: [], unlink: [{ type: 'SUBTYPE_OF', from: 'mm', to: 'heme' }] });
    expect(removed).toMatchObject({ unlinked: 1, programs: { written: 1, deleted: 0 } });
    expect(await storedPrograms(executor)).toEqual(['x@heme PHASE_1 []', 'x@mm PHASE_2 []']);
    const gone = await loadBundle(executor, { bundle: 'prop-unstudy', nodes: [], unlink: [{ type: 'STUDIES', from: 'x-phase-2', to: 'mm' }] });
    expect(gone).toMatchObject({ unlinked: 1, programs: { written: 0, deleted: 1 } });
    expect(await storedPrograms(executor)).toEqual(['x@heme PHASE_1 []']);
  });

  it('keeps programs in id order in buckets of at most 128 through inserts in the middle and removals', async () => {
    await emptyOurLabels(executor);
    const slug = (n: number, suffix = '') => `c${String(n).padStart(4, '0')}${suffix}`;
    const compounds = (ids: number[], suffix = '') => ({
      nodes: [
        { label: 'Source', id: 'prop-source', properties: { name: 'Property test', kind: 'PUBLICATION', title: 'Property test', publishedOn: '2020-01-01' }, citations: [] },
        node('Indication', 'mm', { name: 'MM', kind: 'DISEASE' }),
        ...ids.map((n) => node('Compound', slug(n, suffix), { name: `C${n}${suffix}`, modality: 'SMALL_MOLECULE', developmentStatus: 'INVESTIGATIONAL' })),
      ],
      relationships: ids.map((n) => ({ type: 'DEVELOPED_FOR', from: slug(n, suffix), to: 'mm' })),
    });
    const even = Array.from({ length: 300 }, (_, n) => n * 2);
    await loadBundle(executor, { bundle: 'prop-even', ...compounds(even) });
    expect(await bucketProblems(executor)).toEqual([]);
    const [{ buckets } = {}] = await executor.read({ name: 'test/count-buckets', text: 'MATCH (b:ProgramBucket) RETURN count(b) AS buckets', params: {} });
    expect(buckets).toBe(5);
    const odd = Array.from({ length: 300 }, (_, n) => n * 2 + 1);
    await loadBundle(executor, { bundle: 'prop-odd', ...compounds(odd) });
    expect(await bucketProblems(executor)).toEqual([]);
    // 150 more between the first 150: buckets already holding programs overflow and split.
    const between = Array.from({ length: 150 }, (_, n) => n);
    await loadBundle(executor, { bundle: 'prop-between', ...compounds(between, '-b') });
    expect(await bucketProblems(executor)).toEqual([]);
    const all = [...[...even, ...odd].map((n) => slug(n)), ...between.map((n) => slug(n, '-b'))].map((id) => `${id}@mm`).sort();
    expect(await walkAll(executor)).toEqual(all);
    const gone = Array.from({ length: 200 }, (_, n) => slug(n + 100));
    const removed = await loadBundle(executor, { bundle: 'prop-remove', nodes: [], unlink: gone.map((from) => ({ type: 'DEVELOPED_FOR', from, to: 'mm' })) });
    expect(removed.programs).toEqual({ written: 0, deleted: 200 });
    expect(await bucketProblems(executor)).toEqual([]);
    expect(await walkAll(executor)).toEqual(all.filter((id) => !gone.includes(id.replace('@mm', ''))));
  });

  it('derives every program again when the stored ones follow an older rule, and only then', async () => {
    await emptyOurLabels(executor);
    await loadBundle(executor, {
      bundle: 'prop-rule',
      nodes: [
        { label: 'Source', id: 'prop-source', properties: { name: 'Property test', kind: 'PUBLICATION', title: 'Property test', publishedOn: '2020-01-01' }, citations: [] },
        node('Indication', 'mm', { name: 'MM', kind: 'DISEASE' }),
        node('Compound', 'x', { name: 'X', modality: 'SMALL_MOLECULE', developmentStatus: 'PRECLINICAL' }),
      ],
      relationships: [{ type: 'DEVELOPED_FOR', from: 'x', to: 'mm' }],
    });
    await executor.write({ name: 'test/forget-programs', text: 'MATCH (n) WHERE n:Program OR n:ProgramBucket OR n:ProgramCount OR n:Derivation DELETE n', params: {} });
    expect(await storedPrograms(executor)).toEqual([]);
    expect(await ensurePrograms(executor)).toEqual({ written: 1, deleted: 0 });
    expect(await storedPrograms(executor)).toEqual(['x@mm PRECLINICAL []']);
    expect(await bucketProblems(executor)).toEqual([]);
    expect(await ensurePrograms(executor)).toBeNull();
  });
});

// The embedded engine's plans (docs/engines.md rows 14 to 17): each statement a program list sends starts from an index.
describe('program statements on the embedded engine', () => {
  let executor: Executor;

  beforeAll(async () => {
    executor = await freshStore('embedded');
  });

  afterAll(async () => {
    await executor.close();
  });

  const plan = async (statement: { text: string; params: Record<string, unknown> }) =>
    String((await executor.read({ name: 'test/plan', text: `EXPLAIN ${statement.text}`, params: statement.params }))[0]?.plan);

  it('start from the indexed compound, indication, stage and bucket of each program, and lists by phase from the index on it', async () => {
    const where = { stages: ['PHASE_2'], designations: ['FDA:ORPHAN_DRUG'] };
    expect(await plan(listPrograms({ where: { ...where, compoundIds: ['a'] }, limit: 21 }))).toContain('[index: compoundId]');
    expect(await plan(listPrograms({ where: { ...where, indicationIds: ['b'] }, limit: 21 }))).toContain('[index: indicationId]');
    expect(await plan(listPrograms({ where, limit: 21, byStage: true }))).toContain('[index: stage]');
    expect(await plan(listPrograms({ where, after: 'a@b', limit: 21, buckets: 2 }))).toContain('[index: bucket]');
    expect(await plan(countPrograms({ where: { ...where, indicationIds: ['b'] } }))).toContain('[index: indicationId]');
    expect(await plan(countNodes({ label: 'Trial', where: { property: 'phase', op: 'eq', value: 'PHASE_3' } }))).toContain('[index: phase]');
    // An indication by cross-reference (indication(xref:)), one index per ontology.
    for (const property of ['ncitId', 'mondoId', 'efoId', 'doid']) {
      expect(await plan(listNodes({ label: 'Indication', where: { property, op: 'eq', value: 'x' }, orderBy: { property: 'name', direction: 'ASC' }, limit: 2 }))).toContain(`[index: ${property}]`);
    }
    const designations = { text: cypher.get('program/list-compounds-by-designation-and-indication'), params: { indicationIds: ['b'], types: ['ORPHAN_DRUG'], agencies: ['FDA'] } };
    expect(await plan(designations)).toMatch(/Filter \(\w+\.id Eq key\) \[index: id\]\n\s+NodeScan \(\w+:Indication\)/);
  });
});
