import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { enumCondition, idCondition, indicationCondition, textCondition } from '../../src/graphql/filters.js';
import { type Label, LABELS, RELATIONSHIPS, type RelationshipType, schemaStatements } from '../../src/store/graph-schema.js';
import {
  countNodes,
  countPrograms,
  countRelatedNodes,
  findNodes,
  findNodesAnywhere,
  linkNodes,
  listNodes,
  listPrograms,
  listSortedPrograms,
  type ProgramConditions,
  programIdsOfTrials,
  relatedIds,
  relatedNodes,
  type RelationPath,
  setSearchText,
  type Statement,
  unlinkNodes,
  upsertNodes,
} from '../../src/store/query-builder.js';
import { RELATION_FIELDS, type RelationField } from '../../src/store/relations.js';
import { AWAIT_SEARCH_INDEX, dropIndexStatement, FULLTEXT_INDEXES, FULLTEXT_SEARCH, fulltextIndexStatement } from '../../src/store/neo4j-engine.js';
import { SEARCHABLE_LABELS } from '../../src/store/search-text.js';
import { cypher } from '../support/engines.js';

/** Given Cypher, returns the errors Neo4j's own parser and semantic analysis find in it, with parameters declared. */
function lint(text: string): string[] {
  const parameters = Object.fromEntries([...text.matchAll(/\$(\w+)/g)].map((match) => [match[1], null]));
  return lintCypherQuery(text, { parameters }).diagnostics.filter((diagnostic) => diagnostic.severity === 1).map((diagnostic) => String(diagnostic.message));
}

const built: Statement[] = [
  ...LABELS.flatMap((label) => [findNodes(label), upsertNodes(label), countNodes({ label }), listNodes({ label, orderBy: { property: 'name', direction: 'DESC' }, after: { value: 'a', id: 'a' }, limit: 5 })]),
  findNodesAnywhere(),
  ...schemaStatements('neo4j').map((statement) => ({ ...statement, params: {} })),
  ...SEARCHABLE_LABELS.map((label) => setSearchText(label)),
  // Search on Neo4j: the full-text index over every searchable label, and its query.
  ...SEARCHABLE_LABELS.map((label) => ({ name: `fulltext-index-${label}`, text: fulltextIndexStatement(label), params: {} })),
  { name: 'fulltext-search', text: FULLTEXT_SEARCH, params: {} },
  { name: 'fulltext-indexes', text: FULLTEXT_INDEXES, params: {} },
  { name: 'drop-search-index', text: dropIndexStatement('search_company_v0'), params: {} },
  { name: 'await-search-index', text: AWAIT_SEARCH_INDEX, params: {} },
  ...Object.entries(RELATIONSHIPS).flatMap(([type, spec]) => [linkNodes(type as RelationshipType, spec.from[0]!, spec.to[0]!), unlinkNodes(type as RelationshipType, spec.from[0]!, spec.to[0]!)]),
  // Program lists and counts: from compounds, programs or indications, by bucket walk (some and all buckets), by
  // stage counts, with OR and NOT, sorted every way.
  ...(
    [
      { compoundIds: ['a'], programIds: ['a@b'], indicationIds: ['b'], stages: ['PHASE_2'], designations: ['FDA:ORPHAN_DRUG'] },
      { indicationIds: ['b'] },
      { stages: ['PHASE_2'] },
      { also: { or: [{ not: { property: 'id', oneOf: ['a@b'] } }, { designations: ['FDA:ORPHAN_DRUG'] }, { and: [] }, { or: [] }] } },
      {},
    ] satisfies ProgramConditions[]
  ).flatMap((where) => [
    listPrograms({ where, after: 'a@b', limit: 21 }),
    listPrograms({ where, limit: 21, buckets: 2 }),
    listPrograms({ where, after: 'a@b', limit: 21, buckets: 'all' }),
    listPrograms({ where, limit: 21, byStage: true }),
    countPrograms({ where }),
    ...(['ID', 'STAGE', 'COMPOUND_NAME', 'INDICATION_NAME'] as const).map((field) => listSortedPrograms({ where, orderBy: { field, direction: 'DESC' }, after: { value: 'a', id: 'a@b' }, limit: 21 })),
  ]),
  programIdsOfTrials({ property: 'phase', op: 'eq', value: 'PHASE_2' }),
  programIdsOfTrials(undefined),
  relatedIds({ label: 'Company', where: { property: 'name', op: 'contains', value: 'a' }, path: [{ type: 'DEVELOPS', direction: 'OUT', label: 'Compound' }] }),
  listNodes({
    label: 'Compound',
    where: {
      and: [
        idCondition({ in: ['clr-131'] })!,
        textCondition('name', { contains: 'clr', startsWith: 'c' })!,
        enumCondition('developmentStatus', { eq: 'INVESTIGATIONAL' })!,
        { not: { path: [{ type: 'HAS_DESIGNATION', direction: 'OUT', label: 'Designation' }], quantifier: 'none', where: { property: 'type', op: 'eq', value: 'ORPHAN_DRUG' } } },
        indicationCondition([{ type: 'EVALUATES', direction: 'IN', label: 'Trial' }, { type: 'STUDIES', direction: 'OUT', label: 'Indication' }], { id: 'multiple-myeloma', includeSubtypes: true }, 'where.indication')!,
      ],
    },
    orderBy: { property: 'createdAt', direction: 'ASC' },
    limit: 20,
  }),
  // A relationship condition inside another (written as COUNT), a missing value, and NOT of each.
  countNodes({
    label: 'Company',
    where: {
      path: [{ type: 'DEVELOPS', direction: 'OUT', label: 'Compound' }],
      quantifier: 'some',
      where: {
        and: [
          { path: [{ type: 'EVALUATES', direction: 'IN', label: 'Trial' }], quantifier: 'none', where: { not: { property: 'phase', missing: true } } },
          { not: { path: [{ type: 'HAS_DESIGNATION', direction: 'OUT', label: 'Designation' }], quantifier: 'some' } },
          { property: 'payload', missing: false },
        ],
      },
    },
  }),
  countNodes({
    label: 'Readout',
    where: { path: [{ type: 'COMPARED_WITH', direction: 'OUT', label: 'Readout' }], quantifier: 'some', compare: { property: 'value', op: 'gt', endProperties: ['high', 'value'], same: ['unit'] } },
  }),
  // Every relation filter: each relation of RELATION_FIELDS that reaches many nodes, with one inside it (a COUNT).
  ...Object.entries(RELATION_FIELDS).flatMap(([label, fields]) =>
    Object.values(fields as Record<string, RelationField>)
      .filter((field) => !field.one)
      .map((field) =>
        countNodes({
          label: label as Label,
          where: { path: [...field.path], quantifier: 'none', where: { not: { path: [...field.path].reverse().map((step) => ({ ...step, direction: step.direction === 'OUT' ? ('IN' as const) : ('OUT' as const), label: label as Label })).slice(0, 1), quantifier: 'some' } } },
        }),
      ),
  ),
  // Every relation a nested list can follow: each relationship type from both ends, longer paths, several end labels.
  ...relations().flatMap(([label, path]) => [
    relatedNodes({ label, path, orderBy: { property: 'name', direction: 'ASC' }, limit: 21 }),
    relatedNodes({ label, path, orderBy: { property: 'description', direction: 'DESC' }, after: { value: 'a', id: 'a' }, limit: 21 }),
    countRelatedNodes({ label, path }),
  ]),
];

/** Returns start labels with relation paths: every relationship type from both ends, two longer paths, and hops to several labels. */
function relations(): [Label, RelationPath][] {
  const hops = Object.entries(RELATIONSHIPS).flatMap(([type, spec]): [Label, RelationPath][] => [
    [spec.from[0]!, [{ type: type as RelationshipType, direction: 'OUT', label: spec.to[0]! }]],
    [spec.to[0]!, [{ type: type as RelationshipType, direction: 'IN', label: spec.from[0]! }]],
  ]);
  return [
    ...hops,
    ['Indication', [{ type: 'SUBTYPE_OF', direction: 'IN', label: 'Indication', hops: '1..' }]],
    ['Readout', [{ type: 'REPORTED', direction: 'IN', label: 'Cohort' }, { type: 'HAS_COHORT', direction: 'IN', label: 'Trial' }]],
    ['Claim', [{ type: 'CLAIMS', direction: 'IN', labels: RELATIONSHIPS.CLAIMS.from }]],
    ['Source', [{ type: 'SUPPORTED_BY', direction: 'IN', labels: RELATIONSHIPS.SUPPORTED_BY.from }]],
  ];
}

describe("Neo4j's linter", () => {
  it.each(cypher.names())('accepts cypher/%s.cypher', (name) => {
    expect(lint(cypher.get(name))).toEqual([]);
  });

  it.each(built.map((statement, index) => [`${statement.name} #${index}`, statement.text]))('accepts the built statement %s', (_name, text) => {
    expect(lint(text)).toEqual([]);
  });

  it('would catch a broken statement', () => {
    expect(lint('MATCH (c:Compound) RETURN c {.id, trials: collect(c.x)} AS c')).not.toEqual([]);
  });
});
