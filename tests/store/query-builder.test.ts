import { describe, expect, it } from 'vitest';
import { indicationCondition, textCondition } from '../../src/graphql/filters.js';
import { int } from '../../src/store/values.js';
import { countNodes, countPrograms, countRelatedNodes, linkNodes, listNodes, listPrograms, listSortedPrograms, programIdsOfTrials, QueryBuilderError, relatedNodes, upsertNodes } from '../../src/store/query-builder.js';

const byName = { property: 'name', direction: 'ASC' } as const;

describe('query builder', () => {
  it('writes a filtered, keyset-paged list with every value as a parameter', () => {
    const statement = listNodes({
      label: 'Trial',
      where: {
        and: [
          { property: 'phase', op: 'eq', value: 'PHASE_2' },
          indicationCondition([{ type: 'STUDIES', direction: 'OUT', label: 'Indication' }], { name: 'B-cell Malignancy', includeSubtypes: true }, 'where.indication')!,
        ],
      },
      orderBy: byName,
      after: { value: 'CLR 131 Phase 1', id: 'clr-131-phase-1' },
      limit: 21,
    });
    expect(statement.text).toBe(
      [
        'MATCH (n:Trial)',
        'WHERE (n.phase = $p3 AND EXISTS { MATCH (n)-[:STUDIES]->(v1:Indication)-[:SUBTYPE_OF*0..]->(v2:Indication) WHERE (toLower(v2.name) = $p4 OR any(v3 IN coalesce(v2.synonyms, []) WHERE toLower(v3) = $p5)) })',
        '  AND (n.name > $p2 OR (n.name = $p2 AND n.id > $p1))',
        'WITH n',
        'ORDER BY n.name ASC, n.id ASC',
        'LIMIT $p6',
        'RETURN n {.*} AS node',
        'ORDER BY n.name ASC, n.id ASC',
      ].join('\n'),
    );
    expect(statement.params).toEqual({
      p1: 'clr-131-phase-1',
      p2: 'CLR 131 Phase 1',
      p3: 'PHASE_2',
      p4: 'b-cell malignancy',
      p5: 'b-cell malignancy',
      p6: int(21),
    });
  });

  it('writes relation filters as EXISTS at the top and COUNT inside a subquery; NOT of a comparison counts a missing value as false', () => {
    const phase3 = { property: 'phase', op: 'eq', value: 'PHASE_3' } as const;
    const trials = [{ type: 'EVALUATES', direction: 'IN', label: 'Trial' }] as const;
    const statement = countNodes({
      label: 'Company',
      where: {
        path: [{ type: 'DEVELOPS', direction: 'OUT', label: 'Compound' }],
        quantifier: 'some',
        where: { and: [{ path: [...trials], quantifier: 'some', where: phase3 }, { path: [...trials], quantifier: 'none', where: { not: phase3 } }] },
      },
    });
    expect(statement.text).toBe(
      [
        'MATCH (n:Company)',
        'WHERE EXISTS { MATCH (n)-[:DEVELOPS]->(v1:Compound) WHERE ((COUNT { MATCH (v1)<-[:EVALUATES]-(v2:Trial) WHERE v2.phase = $p1 } > 0) AND (COUNT { MATCH (v1)<-[:EVALUATES]-(v3:Trial) WHERE (NOT coalesce(v3.phase = $p2, false)) } = 0)) }',
        'RETURN count(n) AS totalCount',
      ].join('\n'),
    );
    const notExists = countNodes({ label: 'Compound', where: { not: { path: [...trials], quantifier: 'some', where: phase3 } } });
    expect(notExists.text).toContain('WHERE (NOT EXISTS { MATCH (n)<-[:EVALUATES]-(v1:Trial) WHERE v1.phase = $p1 })');
  });

  it('sorts nodes without the sort property last and pages through them', () => {
    const afterValue = listNodes({ label: 'Readout', orderBy: { property: 'value', direction: 'DESC' }, after: { value: 10, id: 'r3' }, limit: 5 });
    expect(afterValue.text).toBe(
      'MATCH (n:Readout)\nWHERE (n.value < $p2 OR (n.value = $p2 AND n.id < $p1) OR n.value IS NULL)\nWITH n\nORDER BY n.value IS NULL, n.value DESC, n.id DESC\nLIMIT $p3\nRETURN n {.*} AS node\nORDER BY n.value IS NULL, n.value DESC, n.id DESC',
    );
    const afterNull = listNodes({ label: 'Readout', orderBy: { property: 'value', direction: 'DESC' }, after: { value: null, id: 'r4' }, limit: 5 });
    expect(afterNull.text).toContain('WHERE (n.value IS NULL AND n.id < $p1)');
  });

  it('keeps a hostile value out of the statement text', () => {
    const hostile = "x' }) DETACH DELETE n //";
    const statement = countNodes({ label: 'Company', where: textCondition('name', { contains: hostile }) });
    expect(statement.text).toBe('MATCH (n:Company)\nWHERE toLower(n.name) CONTAINS $p1\nRETURN count(n) AS totalCount');
    expect(statement.params).toEqual({ p1: hostile.toLowerCase() });
  });

  it('refuses labels, properties and relationships the graph does not have', () => {
    expect(() => countNodes({ label: 'Person' as never })).toThrow(QueryBuilderError);
    expect(() => countNodes({ label: 'Company', where: { property: 'name) DETACH DELETE (n', op: 'eq', value: 1 } })).toThrow(
      'label Company has no property "name) DETACH DELETE (n"',
    );
    expect(() => relatedNodes({ label: 'Company', path: [{ type: 'STUDIES', direction: 'OUT', label: 'Indication' }], orderBy: byName, limit: 1 })).toThrow(
      '(Company)-[:STUDIES]->(Indication) is not a relationship of the graph',
    );
    expect(() => countRelatedNodes({ label: 'Claim', path: [{ type: 'CLAIMS', direction: 'IN', labels: ['Company', 'Source'] }] })).toThrow(
      '(Source)-[:CLAIMS]->(Claim) is not a relationship of the graph',
    );
    expect(() =>
      relatedNodes({ label: 'Trial', path: [{ type: 'HAS_COHORT', direction: 'OUT', label: 'Cohort' }], orderBy: { property: 'ordinal) DETACH DELETE (m', direction: 'ASC' }, limit: 1 }),
    ).toThrow('label Cohort has no property "ordinal) DETACH DELETE (m"');
    expect(() => linkNodes('DEVELOPS', 'Compound', 'Company')).toThrow(QueryBuilderError);
  });

  it('upserts nodes by id', () => {
    expect(upsertNodes('Cohort').text).toContain('MERGE (n:Cohort {id: row.id})');
  });

  it('pages a one-hop relation per parent inside CALL, from each parent by its indexed id, keyset and LIMIT inside', () => {
    const statement = relatedNodes({
      label: 'Trial',
      path: [{ type: 'HAS_COHORT', direction: 'OUT', label: 'Cohort' }],
      orderBy: { property: 'ordinal', direction: 'ASC' },
      after: { value: 2, id: 'clr-131-phase-1-cohort-2' },
      limit: 3,
    });
    expect(statement.name).toBe('related-Trial.HAS_COHORT:Cohort');
    expect(statement.text).toBe(
      [
        'UNWIND $ids AS key',
        'MATCH (n:Trial {id: key})',
        'CALL (n) {',
        '  MATCH (n)-[r:HAS_COHORT]->(m:Cohort)',
        '  WHERE (m.ordinal > $p2 OR (m.ordinal = $p2 AND m.id > $p1))',
        '  RETURN m, r',
        '  ORDER BY m.ordinal ASC, m.id ASC',
        '  LIMIT $p3',
        '}',
        'RETURN key, m {.*} AS node, properties(r) AS edge',
        'ORDER BY key, m.ordinal ASC, m.id ASC',
      ].join('\n'),
    );
    expect(statement.params).toEqual({ p1: 'clr-131-phase-1-cohort-2', p2: 2, p3: int(3) });
    expect(countRelatedNodes({ label: 'Trial', path: [{ type: 'HAS_COHORT', direction: 'OUT', label: 'Cohort' }] })).toEqual({
      name: 'count-related-Trial.HAS_COHORT:Cohort',
      text: 'UNWIND $ids AS key\nMATCH (n:Trial {id: key})\nRETURN key, COUNT { MATCH (n)-[:HAS_COHORT]->(m:Cohort) } AS totalCount',
      params: {},
    });
  });

  it('pages distinct end nodes of a longer path, and counts them with count(DISTINCT) in a CALL', () => {
    const path = [{ type: 'SUBTYPE_OF', direction: 'IN', label: 'Indication', hops: '1..' }] as const;
    const statement = relatedNodes({ label: 'Indication', path: [...path], orderBy: byName, limit: 21 });
    expect(statement.text).toBe(
      [
        'UNWIND $ids AS key',
        'MATCH (n:Indication {id: key})',
        'CALL (n) {',
        '  MATCH (n)<-[:SUBTYPE_OF*1..]-(v1:Indication)',
        '  WITH DISTINCT v1 AS m',
        '  RETURN m',
        '  ORDER BY m.name ASC, m.id ASC',
        '  LIMIT $p1',
        '}',
        'RETURN key, m {.*} AS node, null AS edge',
        'ORDER BY key, m.name ASC, m.id ASC',
      ].join('\n'),
    );
    expect(statement.params).toEqual({ p1: int(21) });
    expect(countRelatedNodes({ label: 'Indication', path: [...path] }).text).toBe(
      [
        'UNWIND $ids AS key',
        'MATCH (n:Indication {id: key})',
        'CALL (n) {',
        '  MATCH (n)<-[:SUBTYPE_OF*1..]-(v1:Indication)',
        '  RETURN count(DISTINCT v1) AS totalCount',
        '}',
        'RETURN key, totalCount',
      ].join('\n'),
    );
    expect(relatedNodes({ label: 'Readout', path: [{ type: 'REPORTED', direction: 'IN', label: 'Cohort' }, { type: 'HAS_COHORT', direction: 'IN', label: 'Trial' }], orderBy: byName, limit: 1 }).text).toContain(
      '  MATCH (n)<-[:REPORTED]-(v1:Cohort)<-[:HAS_COHORT]-(v2:Trial)\n  WITH DISTINCT v2 AS m\n',
    );
  });

  it('pages one hop to several labels, naming each row’s label, and sorts nullable properties last', () => {
    const path = [{ type: 'CLAIMS', direction: 'IN', labels: ['Company', 'Compound'] }] as const;
    const statement = relatedNodes({ label: 'Claim', path: [{ ...path[0] }], orderBy: byName, after: { value: 'CLR 131', id: 'clr-131' }, limit: 21 });
    expect(statement.name).toBe('related-Claim.~CLAIMS:Company|Compound');
    expect(statement.text).toBe(
      [
        'UNWIND $ids AS key',
        'MATCH (n:Claim {id: key})',
        'CALL (n) {',
        '  MATCH (n)<-[r:CLAIMS]-(m)',
        '  WHERE (m:Company OR m:Compound) AND (m.name > $p2 OR (m.name = $p2 AND m.id > $p1))',
        '  RETURN m, r',
        '  ORDER BY m.name ASC, m.id ASC',
        '  LIMIT $p3',
        '}',
        "RETURN key, m {.*} AS node, properties(r) AS edge, CASE WHEN m:Company THEN 'Company' WHEN m:Compound THEN 'Compound' END AS label",
        'ORDER BY key, m.name ASC, m.id ASC',
      ].join('\n'),
    );
    expect(countRelatedNodes({ label: 'Claim', path: [{ ...path[0] }] }).text).toBe(
      'UNWIND $ids AS key\nMATCH (n:Claim {id: key})\nRETURN key, COUNT { MATCH (n)<-[:CLAIMS]-(m) WHERE (m:Company OR m:Compound) } AS totalCount',
    );
    const nullable = relatedNodes({ label: 'Readout', path: [{ type: 'MEASURED_IN', direction: 'OUT', label: 'Indication' }], orderBy: { property: 'description', direction: 'DESC' }, after: { value: 'x', id: 'y' }, limit: 5 });
    expect(nullable.text).toContain('  WHERE (m.description < $p2 OR (m.description = $p2 AND m.id < $p1) OR m.description IS NULL)\n');
    expect(nullable.text).toContain('  ORDER BY m.description IS NULL, m.description DESC, m.id DESC\n');
  });
  it('writes program pages and counts from the conditions given, values as parameters', () => {
    const anchored = listPrograms({ where: { compoundIds: ['clr-131'], indicationIds: ['multiple-myeloma'], stages: ['PHASE_2'], designations: ['FDA:ORPHAN_DRUG'] }, after: 'clr-131@b', limit: 21 });
    expect(anchored.text).toBe(
      [
        'UNWIND $p2 AS key',
        'MATCH (p:Program {compoundId: key})',
        'WHERE coalesce($p3[p.indicationId], false)',
        '  AND p.stage IN $p4',
        '  AND any(designation IN p.designations WHERE designation IN $p5)',
        '  AND p.id > $p1',
        'WITH p',
        'ORDER BY p.id',
        'LIMIT $p6',
        'MATCH (c:Compound {id: p.compoundId})',
        'MATCH (i:Indication {id: p.indicationId})',
        'RETURN p.id AS id, p.stage AS stage, p.historySince AS historySince, p.historyStages AS historyStages, p.historyDesignations AS historyDesignations, c {.*} AS compound, i {.*} AS indication',
        'ORDER BY id',
      ].join('\n'),
    );
    expect(anchored.params).toEqual({ p1: 'clr-131@b', p2: ['clr-131'], p3: { 'multiple-myeloma': true }, p4: ['PHASE_2'], p5: ['FDA:ORPHAN_DRUG'], p6: int(21) });
    const walk = listPrograms({ where: { stages: ['PHASE_2'] }, after: 'x@y', limit: 21, buckets: 2 });
    expect(walk.text).toContain('MATCH (b:ProgramBucket)\nWHERE b.last > $p1\nWITH b\nORDER BY b.first\nLIMIT $p2\nWITH collect(b) AS walked\nUNWIND walked AS b\nMATCH (p:Program {bucket: b.id})\nWHERE p.stage IN $p3\n  AND p.id > $p1');
    expect(listPrograms({ where: {}, limit: 21, buckets: 'all' }).text).not.toContain('LIMIT $p1\nWITH collect');
    expect(listPrograms({ where: { stages: ['APPROVAL'] }, limit: 21, byStage: true }).text).toMatch(/^UNWIND \$p1 AS key\nMATCH \(p:Program \{stage: key\}\)\nWITH p\n/);
    expect(countPrograms({ where: { stages: ['PHASE_2', 'PHASE_3'] } })).toEqual({
      name: 'program/count-programs',
      text: 'UNWIND $p1 AS key\nMATCH (p:Program {stage: key})\nRETURN count(p) AS totalCount',
      params: { p1: ['PHASE_2', 'PHASE_3'] },
    });
    expect(countPrograms({ where: { indicationIds: ['b'], designations: ['FDA:ORPHAN_DRUG'] } }).text).toBe(
      'UNWIND $p1 AS key\nMATCH (p:Program {indicationId: key})\nWHERE any(designation IN p.designations WHERE designation IN $p2)\nRETURN count(p) AS totalCount',
    );
    const either = countPrograms({ where: { programIds: ['a@b'], also: { or: [{ not: { property: 'compoundId', oneOf: ['a'] } }, { designations: ['FDA:ORPHAN_DRUG'] }] } } });
    expect(either.text).toBe(
      'UNWIND $p1 AS key\nMATCH (p:Program {id: key})\nWHERE ((NOT coalesce($p2[p.compoundId], false)) OR any(designation IN p.designations WHERE designation IN $p3))\nRETURN count(p) AS totalCount',
    );
    expect(either.params).toEqual({ p1: ['a@b'], p2: { a: true }, p3: ['FDA:ORPHAN_DRUG'] });
  });
  it('writes sorted program pages: by stage rank, nulls last, keyset after the last key and id', () => {
    const sorted = listSortedPrograms({ where: { stages: ['PHASE_1', 'PHASE_2'] }, orderBy: { field: 'STAGE', direction: 'DESC' }, after: { value: 5, id: 'a@b' }, limit: 21 });
    expect(sorted.text).toBe(
      [
        'UNWIND $p1 AS key',
        'MATCH (p:Program {stage: key})',
        'WITH p, $p2[p.stage] AS key',
        'WHERE (key < $p4 OR (key = $p4 AND p.id < $p3) OR key IS NULL)',
        'ORDER BY key IS NULL, key DESC, p.id DESC',
        'LIMIT $p5',
        'MATCH (c:Compound {id: p.compoundId})',
        'MATCH (i:Indication {id: p.indicationId})',
        'RETURN p.id AS id, p.stage AS stage, p.historySince AS historySince, p.historyStages AS historyStages, p.historyDesignations AS historyDesignations, c {.*} AS compound, i {.*} AS indication, key',
        'ORDER BY key IS NULL, key DESC, id DESC',
      ].join('\n'),
    );
    expect(sorted.params.p2).toMatchObject({ PRECLINICAL: 0, PHASE_1: 3, PHASE_2: 5 });
    expect(listSortedPrograms({ where: {}, orderBy: { field: 'COMPOUND_NAME', direction: 'ASC' }, limit: 21 }).text).toMatch(
      /^MATCH \(p:Program\)\nMATCH \(c:Compound \{id: p.compoundId\}\)\nWITH p, c.name AS key\nORDER BY key ASC, p.id ASC\n/,
    );
    expect(programIdsOfTrials({ property: 'phase', op: 'eq', value: 'PHASE_2' }).text).toBe(
      "MATCH (n:Trial)\nWHERE n.phase = $p1\nMATCH (n)-[:EVALUATES]->(c:Compound)\nMATCH (n)-[:STUDIES]->(:Indication)-[:SUBTYPE_OF*0..]->(i:Indication)\nRETURN collect(DISTINCT c.id + '@' + i.id) AS ids",
    );
  });
});
