import { describe, expect, it } from 'vitest';
import { indicationCondition, textCondition } from '../../src/graphql/filters.js';
import { int } from '../../src/store/values.js';
import { countNodes, linkNodes, listNodes, QueryBuilderError, relatedNodes, upsertNodes } from '../../src/store/query-builder.js';

const byName = { property: 'name', direction: 'ASC' } as const;

describe('query builder', () => {
  it('writes a filtered, keyset-paged list with every value as a parameter', () => {
    const statement = listNodes({
      label: 'Trial',
      where: {
        and: [
          { property: 'phase', op: 'eq', value: 'PHASE_2' },
          indicationCondition([{ type: 'STUDIES', direction: 'OUT', label: 'Indication' }], { name: 'B-cell Malignancy', includeSubtypes: true })!,
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
        'RETURN n {.*} AS node',
        'ORDER BY n.name ASC, n.id ASC',
        'LIMIT $p6',
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

  it('sorts nodes without the sort property last and pages through them', () => {
    const afterValue = listNodes({ label: 'Readout', orderBy: { property: 'value', direction: 'DESC' }, after: { value: 10, id: 'r3' }, limit: 5 });
    expect(afterValue.text).toBe(
      'MATCH (n:Readout)\nWHERE (n.value < $p2 OR (n.value = $p2 AND n.id < $p1) OR n.value IS NULL)\nRETURN n {.*} AS node\nORDER BY n.value IS NULL, n.value DESC, n.id DESC\nLIMIT $p3',
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
    expect(() => relatedNodes({ label: 'Company', path: [{ type: 'STUDIES', direction: 'OUT', label: 'Indication' }] })).toThrow(
      '(Company)-[:STUDIES]->(Indication) is not a relationship of the graph',
    );
    expect(() => linkNodes('DEVELOPS', 'Compound', 'Company')).toThrow(QueryBuilderError);
  });

  it('loads relations for a batch of ids in one statement', () => {
    const statement = relatedNodes({ label: 'Trial', path: [{ type: 'HAS_COHORT', direction: 'OUT', label: 'Cohort' }] });
    expect(statement.text).toBe(
      'MATCH (n:Trial)-[r:HAS_COHORT]->(m:Cohort)\nWHERE n.id IN $ids\nRETURN n.id AS key, m {.*} AS node, properties(r) AS edge\nORDER BY key, node.name, node.id',
    );
    expect(upsertNodes('Cohort').text).toContain('MERGE (n:Cohort {id: row.id})');
  });
});
