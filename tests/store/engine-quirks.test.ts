import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openGrafeoEngine } from '../../src/store/grafeo-engine.js';
import { Executor } from '../../src/store/index.js';

// Each test pins one difference of the embedded engine that docs/engines.md records.
describe('embedded engine (Grafeo 0.6) quirks', () => {
  let executor: Executor | undefined;

  afterEach(async () => {
    await executor?.close();
    executor = undefined;
  });

  const run = (text: string, params: Record<string, unknown> = {}) => executor!.read({ name: 'quirk', text, params });

  it('rejects an aggregate inside a map projection; aggregating in WITH first works', async () => {
    executor = new Executor(openGrafeoEngine(':memory:'));
    await executor.write({ name: 'setup', text: "CREATE (:Trial {id: 't', phase: 'PHASE_1'}), (:Trial {id: 'u', phase: 'PHASE_2'})", params: {} });
    await expect(run('MATCH (t:Trial) RETURN {phases: collect(t.phase)} AS m')).rejects.toThrow();
    expect(await run('MATCH (t:Trial) WITH collect(t.phase) AS phases RETURN {phases: phases} AS m')).toEqual([{ m: { phases: expect.arrayContaining(['PHASE_1', 'PHASE_2']) } }]);
  });

  it('answers an EXISTS inside an EXISTS as a COUNT inside one does (the nested EXISTS is the form it plans as a scan per row: engines.md row 19)', async () => {
    executor = new Executor(openGrafeoEngine(':memory:'));
    await executor.write({ name: 'setup', text: 'UNWIND range(1, 50) AS i CREATE (:Company {id: toString(i)})-[:DEVELOPS]->(:Compound {id: "c" + toString(i)})<-[:EVALUATES]-(:Trial {id: "t" + toString(i), phase: CASE WHEN i % 7 = 3 THEN "PHASE_3" ELSE "PHASE_1" END})', params: {} });
    const nested = await run('MATCH (n:Company) WHERE EXISTS { MATCH (n)-[:DEVELOPS]->(c:Compound) WHERE EXISTS { MATCH (c)<-[:EVALUATES]-(t:Trial) WHERE t.phase = $p } } RETURN count(n) AS n', { p: 'PHASE_3' });
    const counted = await run('MATCH (n:Company) WHERE EXISTS { MATCH (n)-[:DEVELOPS]->(c:Compound) WHERE COUNT { MATCH (c)<-[:EVALUATES]-(t:Trial) WHERE t.phase = $p } > 0 } RETURN count(n) AS n', { p: 'PHASE_3' });
    expect(nested).toEqual([{ n: 7 }]);
    expect(counted).toEqual(nested);
    const [plan] = await run('EXPLAIN MATCH (n:Company) WHERE EXISTS { MATCH (n)-[:DEVELOPS]->(c:Compound) WHERE COUNT { MATCH (c)<-[:EVALUATES]-(t:Trial) WHERE t.phase = $p } > 0 } RETURN count(n) AS n', { p: 'PHASE_3' });
    expect(String(plan?.plan)).toContain('CountSubquery');
  });

  it('accepts only a literal or a parameter after LIMIT', async () => {
    executor = new Executor(openGrafeoEngine(':memory:'));
    await expect(run('MATCH (n) RETURN n LIMIT toInteger($first)', { first: 1 })).rejects.toThrow('Expected integer literal or parameter for SKIP/LIMIT');
    expect(await run('UNWIND [1, 2, 3] AS x RETURN x LIMIT $first', { first: 2 })).toEqual([{ x: 1 }, { x: 2 }]);
  });

  it('cannot index a parameter list with an aggregate; aggregating in WITH first works', async () => {
    executor = new Executor(openGrafeoEngine(':memory:'));
    await expect(run('UNWIND [0, 2] AS x RETURN $names[max(x)] AS name', { names: ['a', 'b', 'c'] })).rejects.toThrow();
    expect(await run('UNWIND [0, 2] AS x WITH max(x) AS top RETURN $names[top] AS name', { names: ['a', 'b', 'c'] })).toEqual([{ name: 'c' }]);
  });

  it('cuts a LIMIT inside a correlated CALL per outer row, as nested pages need', async () => {
    executor = new Executor(openGrafeoEngine(':memory:'));
    await executor.write({
      name: 'setup',
      text: "CREATE (a:Compound {id: 'a'}), (b:Compound {id: 'b'}), (:Trial {id: 't1', name: 'T1'})-[:EVALUATES]->(a), (:Trial {id: 't2', name: 'T2'})-[:EVALUATES]->(a), (:Trial {id: 't3', name: 'T3'})-[:EVALUATES]->(a), (:Trial {id: 't4', name: 'T4'})-[:EVALUATES]->(b)",
      params: {},
    });
    const rows = await run('UNWIND $ids AS key MATCH (n:Compound {id: key}) CALL (n) { MATCH (n)<-[:EVALUATES]-(m:Trial) RETURN m ORDER BY m.name LIMIT $limit } RETURN key, m.id AS id', {
      ids: ['a', 'b'],
      limit: 2,
    });
    expect(rows).toEqual([{ key: 'a', id: 't1' }, { key: 'a', id: 't2' }, { key: 'b', id: 't4' }]);
  });

  it('refuses a RETURN inside COUNT { }; count(DISTINCT) in a CALL counts distinct ends', async () => {
    executor = new Executor(openGrafeoEngine(':memory:'));
    // Multiple myeloma reaches hematologic malignancy by two paths: directly and through B-cell malignancy.
    await executor.write({
      name: 'setup',
      text: "CREATE (h:Indication {id: 'h'}), (b:Indication {id: 'b'}), (m:Indication {id: 'm'}), (b)-[:SUBTYPE_OF]->(h), (m)-[:SUBTYPE_OF]->(b), (m)-[:SUBTYPE_OF]->(h)",
      params: {},
    });
    await expect(run("MATCH (n:Indication {id: 'h'}) RETURN COUNT { MATCH (n)<-[:SUBTYPE_OF*1..]-(d:Indication) RETURN DISTINCT d } AS descendants")).rejects.toThrow('syntax error');
    expect(await run("MATCH (n:Indication {id: 'h'}) RETURN COUNT { MATCH (n)<-[:SUBTYPE_OF*1..]-(d:Indication) } AS paths")).toEqual([{ paths: 3 }]);
    expect(await run("MATCH (n:Indication {id: 'h'}) CALL (n) { MATCH (n)<-[:SUBTYPE_OF*1..]-(d:Indication) RETURN count(DISTINCT d) AS descendants } RETURN descendants")).toEqual([{ descendants: 2 }]);
  });

  it('has no full-text index syntax', async () => {
    executor = new Executor(openGrafeoEngine(':memory:'));
    await expect(
      executor.write({ name: 'fulltext', text: 'CREATE FULLTEXT INDEX company_names IF NOT EXISTS FOR (n:Company) ON EACH [n.name, n.aliases]', params: {} }),
    ).rejects.toThrow();
  });

  it('returns whole numbers as JS numbers and dates as ISO strings', async () => {
    executor = new Executor(openGrafeoEngine(':memory:'));
    expect(await run("RETURN 10 AS ten, 26.2 AS months, date('2017-11-07') AS asOf")).toEqual([{ ten: 10, months: 26.2, asOf: '2017-11-07' }]);
  });

  it('serialises concurrent write transactions instead of failing one with a write conflict', async () => {
    executor = new Executor(openGrafeoEngine(':memory:'));
    await executor.write({ name: 'setup', text: "CREATE (:Company {id: 'c', name: 'C', writes: 0})", params: {} });
    const increment = () =>
      executor!.transaction('WRITE', async (runInTx) => {
        const [row] = await runInTx({ name: 'read', text: "MATCH (c:Company {id: 'c'}) RETURN c.writes AS writes", params: {} });
        await new Promise((resolve) => setTimeout(resolve, 5));
        await runInTx({ name: 'write', text: "MATCH (c:Company {id: 'c'}) SET c.writes = $writes", params: { writes: Number(row?.writes) + 1 } });
      });
    await Promise.all(Array.from({ length: 5 }, increment));
    expect(await run("MATCH (c:Company {id: 'c'}) RETURN c.writes AS writes")).toEqual([{ writes: 5 }]);
  });

  it('persists to GRAPH_PATH and reopens the same file', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'graph-'));
    executor = new Executor(openGrafeoEngine(directory));
    await executor.write({ name: 'setup', text: "CREATE (:Source {id: 's', name: 'S', publishedOn: '2017-11-07'})", params: {} });
    await executor.close();
    executor = new Executor(openGrafeoEngine(directory));
    expect(await run('MATCH (s:Source) RETURN s.id AS id, s.publishedOn AS publishedOn')).toEqual([{ id: 's', publishedOn: '2017-11-07' }]);
  });

  it('lets one process at a time open a database file', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'graph-'));
    executor = new Executor(openGrafeoEngine(directory));
    expect(() => openGrafeoEngine(directory)).toThrow(/cannot open the embedded graph at .*graph\.grafeo/);
  });
  /** Given a statement, returns the embedded engine's plan for it. */
  const plan = async (text: string, params: Record<string, unknown> = {}) => String((await run(`EXPLAIN ${text}`, params))[0]?.plan);

  it('has no ordered index scan: a range on an indexed property filters a label scan, and ORDER BY ... LIMIT sorts every match', async () => {
    executor = new Executor(openGrafeoEngine(':memory:'));
    await executor.write({ name: 'index', text: 'CREATE INDEX quirk_program_id IF NOT EXISTS FOR (n:Program) ON (n.id)', params: {} });
    const page = await plan('MATCH (p:Program) WHERE p.id > $after AND p.id < $until RETURN p.id AS id ORDER BY p.id LIMIT 21', { after: 'a', until: 'b' });
    expect(page).toMatch(/Limit \(21\)\n\s+Sort \(p\.id ASC\)[\s\S]*Filter \(p\.id Gt "a" And p\.id Lt "b"\) \[range: id\]\n\s+NodeScan \(p:Program\)/);
    expect(await plan('MATCH (p:Program {id: $id}) RETURN p', { id: 'a' })).toContain('[index: id]');
  });

  it('uses no index behind `$x IS NULL OR ...`, and the index of the first IN of a conjunction', async () => {
    executor = new Executor(openGrafeoEngine(':memory:'));
    for (const property of ['indicationId', 'stage']) {
      await executor.write({ name: 'index', text: `CREATE INDEX quirk_program_${property} IF NOT EXISTS FOR (n:Program) ON (n.${property})`, params: {} });
    }
    expect(await plan('MATCH (p:Program) WHERE ($ids IS NULL OR p.indicationId IN $ids) RETURN count(p) AS n', { ids: ['a'] })).toContain('[label-first]');
    expect(await plan('MATCH (p:Program) WHERE p.indicationId IN $ids AND p.stage IN $stages RETURN count(p) AS n', { ids: ['a'], stages: ['PHASE_2'] })).toContain('[index: indicationId]');
    expect(await plan('MATCH (p:Program) WHERE p.stage IN $stages AND p.indicationId IN $ids RETURN count(p) AS n', { ids: ['a'], stages: ['PHASE_2'] })).toContain('[index: stage]');
  });

  it('projects every match before ORDER BY ... LIMIT in RETURN; sorting in WITH first projects only the page', async () => {
    executor = new Executor(openGrafeoEngine(':memory:'));
    expect(await plan('MATCH (n:Trial) RETURN n {.*} AS node ORDER BY n.name LIMIT 5')).toMatch(/Limit \(5\)\n\s+Sort[\s\S]*Return \(MapProjection/);
    expect(await plan('MATCH (n:Trial) WITH n ORDER BY n.name LIMIT 5 RETURN n {.*} AS node')).toMatch(/Return \(MapProjection[\s\S]*Limit \(5\)\n\s+Sort/);
  });

  it('starts a pattern from its first node: written from an unbound label, it scans that label and expands every node of it', async () => {
    executor = new Executor(openGrafeoEngine(':memory:'));
    const fromCompound = await plan("MATCH (d:Designation) WHERE d.type = 'ORPHAN_DRUG' MATCH (c:Compound)-[:HAS_DESIGNATION]->(d) RETURN c.id AS id");
    // For every designation, every compound is scanned and expanded, then the end compared with the designation.
    expect(fromCompound).toMatch(/Filter \(_cycle_end_0 Eq d\)\n\s+Expand \(c\)->\[:HAS_DESIGNATION\]->\(_cycle_end_0\)\n\s+NodeScan \(c:Compound\)/);
    const fromDesignation = await plan("MATCH (d:Designation) WHERE d.type = 'ORPHAN_DRUG' MATCH (d)<-[:HAS_DESIGNATION]-(c:Compound) RETURN c.id AS id");
    expect(fromDesignation).toMatch(/Expand \(d\)<-\[:HAS_DESIGNATION\]<-\(c\)/);
    expect(fromDesignation).not.toContain('NodeScan (c:Compound)');
  });

  it('looks a key of a map parameter up by an expression, the same members as IN over a list (engines.md row 20)', async () => {
    executor = new Executor(openGrafeoEngine(':memory:'));
    await executor.write({ name: 'setup', text: 'UNWIND range(1, 300) AS i CREATE (:Program {id: "p" + toString(i), stage: CASE WHEN i % 3 = 0 THEN "PHASE_2" ELSE "PHASE_1" END})', params: {} });
    const ids = Array.from({ length: 200 }, (_, index) => `p${index * 2}`);
    const members = Object.fromEntries(ids.map((id) => [id, true]));
    const listed = await run('MATCH (p:Program) WHERE p.id IN $ids RETURN count(p) AS n', { ids });
    expect(listed).toEqual([{ n: 150 }]);
    expect(await run('MATCH (p:Program) WHERE coalesce($members[p.id], false) RETURN count(p) AS n', { members })).toEqual(listed);
    expect(await run('MATCH (p:Program) WHERE NOT coalesce($members[p.id], false) RETURN count(p) AS n', { members })).toEqual([{ n: 150 }]);
    expect(await run('MATCH (p:Program) WITH p, $ranks[p.stage] AS rank ORDER BY rank IS NULL, rank, p.id RETURN rank, count(p) AS n', { ranks: { PHASE_1: 3 } })).toEqual([
      { rank: 3, n: 200 },
      { rank: null, n: 100 },
    ]);
  });

  it('refuses a pattern comprehension inside a pattern comprehension', async () => {
    executor = new Executor(openGrafeoEngine(':memory:'));
    await executor.write({ name: 'setup', text: "CREATE (:Compound {id: 'c'})<-[:EVALUATES]-(:Trial {id: 't'})-[:STUDIES]->(:Indication {id: 'i'})", params: {} });
    await expect(run('MATCH (c:Compound) RETURN [(c)<-[:EVALUATES]-(t:Trial) | [(t)-[:STUDIES]->(i:Indication) | i.id]] AS studied')).rejects.toThrow(/PatternComprehension/);
    expect(await run("MATCH (c:Compound {id: 'c'}) CALL (c) { MATCH (c)<-[:EVALUATES]-(:Trial)-[:STUDIES]->(i:Indication) RETURN i.id AS studied } RETURN studied")).toEqual([{ studied: 'i' }]);
  });
});
