import { describe, expect, it } from 'vitest';
import { documentShape, filterRows, programRows, shapeRefusal } from '../../src/graphql/cost.js';

const limits = { maxTokens: 5000, maxNesting: 64, maxAliases: 30 };

describe('the shape of a document before it is parsed', () => {
  it('counts tokens, nesting and the aliases of selection sets only', () => {
    const text = `query Q($first: Int = 2, $where: CompoundWhere) @cached(ttl: 5) {
      lead: compound(id: "clr-131") { label: name  t: __typename }
      compounds(first: $first, where: { id: { in: ["a", "b"] } }) { nodes { n: name ... on Compound { m: modality } } }
    }`;
    expect(documentShape(text)).toEqual({ tokens: 76, nesting: 5, aliases: 4 });
  });

  it('stops at a lexical error and keeps what came before', () => {
    expect(documentShape('{ a: b c: d § e: f }')).toEqual({ tokens: 7, nesting: 1, aliases: 2 });
  });

  it.each([
    ['tokens', `{ ${'__typename '.repeat(5000)}}`, 5002],
    ['nesting', `{ compound(id: ${'['.repeat(70)}${']'.repeat(70)}) { name } }`, 72],
    ['aliases', `{ ${Array.from({ length: 31 }, (_, index) => `a${index}: __schema { description }`).join(' ')} }`, 31],
  ])('refuses a document over the %s limit with its count', (limit, text, value) => {
    expect(shapeRefusal(text, limits).refusal).toMatchObject({ limit, value, extensions: { code: 'QUERY_TOO_COMPLEX', limit, value } });
  });

  it('lets a document within every limit through', () => {
    expect(shapeRefusal(`{ ${Array.from({ length: 30 }, (_, index) => `a${index}: __typename b${index}: __schema { description }`).join(' ')} }`, limits).refusal).toBeUndefined();
  });
});

describe('filterRows', () => {
  const sizes: Record<string, number> = { Company: 4_000, Compound: 25_000, Trial: 105_000, Cohort: 107_000, Readout: 127_000, Designation: 3_000, Indication: 250, Claim: 1_000, Platform: 40 };
  const rows = (where: unknown, label: string) => filterRows(where, (name) => sizes[name] ?? 0, label);

  it('reads the list’s label, and the label each relationship its filter follows reaches, through AND, OR, NOT and nested relation filters', () => {
    expect(rows(undefined, 'Company')).toBe(4_000);
    expect(rows({ name: { contains: 'clr' }, phase: { eq: 'PHASE_2' } }, 'Trial')).toBe(105_000);
    // Through the trials to the indications, and up to four levels of subtypes.
    expect(rows({ indication: { name: 'lymphoma' } }, 'Compound')).toBe(25_000 + (105_000 + 250) * 4);
    expect(rows({ indication: { name: 'lymphoma' } }, 'Trial')).toBe(105_000 + 250 * 4);
    expect(rows({ indication: { name: 'lymphoma', includeSubtypes: false } }, 'Trial')).toBe(105_000 + 250);
    expect(rows({ compounds: { some: { name: { eq: 'none' } } } }, 'Company')).toBe(29_000);
    expect(rows({ compounds: { some: { trials: { some: { cohorts: { some: { readouts: { some: { value: { gt: 1e9 } } } } } } } } } }, 'Company')).toBe(4_000 + 25_000 + 105_000 + 107_000 + 127_000);
    expect(rows({ compounds: { some: {}, none: {}, every: {} } }, 'Company')).toBe(4_000 + 3 * 25_000);
    expect(rows({ OR: [{ about: { eq: 'pdc' } }, { about: { eq: 'ple' } }] }, 'Claim')).toBe(1_000 + 2 * 4 * 1_000);
    expect(rows({ NOT: { trial: { eq: 'x' } }, readouts: null }, 'Cohort')).toBe(107_000 + 105_000);
    expect(rows({ matches: { id: 'x' } }, 'Indication')).toBe(250 + 250 * 4);
    // Every relation of RELATION_FIELDS that reaches many nodes, nested through the label each reaches: each level the
    // rows of the one above times the relation's fan-out (at least one), a path of any depth four times over.
    expect(rows({ developers: { some: { platforms: { none: {} } } } }, 'Compound')).toBe(25_000 + 25_000 + 25_000);
    expect(rows({ descendants: { some: { trials: { every: { phase: { eq: 'PHASE_2' } } } } } }, 'Indication')).toBe(250 + 1_000 + 1_000 * 420);
    // Out and back: every trial of every sponsor of every trial.
    expect(rows({ sponsors: { some: { trials: { some: { name: { eq: 'x' } } } } } }, 'Trial')).toBe(105_000 + 105_000 + 105_000 * 26.25);
    // A filter that follows a relationship inside a relation filter, read once per row of its level.
    expect(rows({ trials: { some: { indication: { name: 'x' } } } }, 'Compound')).toBe(25_000 + 105_000 + 250 * 4 * 1);
  });
});

describe('programRows', () => {
  const sizes: Record<string, number> = { Company: 4_000, Compound: 25_000, Trial: 105_000, Designation: 3_000, Indication: 250, Program: 100_000 };
  const rows = (args: Record<string, unknown>) => programRows(args, (name) => sizes[name] ?? 0);

  it('reads nothing but buckets by stage alone, the compounds’ few programs by compound, and every program otherwise', () => {
    expect(rows({})).toBe(0);
    expect(rows({ where: { stages: { gte: 'PHASE_2' }, stage: null } })).toBe(0);
    expect(rows({ where: { compound: { eq: 'clr-131' }, OR: [{ stage: 'PHASE_1' }] } })).toBe(0);
    // A compound filter that names no id starts from nothing: every program is checked.
    expect(rows({ where: { compound: {} }, orderBy: { field: 'STAGE' } })).toBe(200_000);
    // The holders of a designation: at most one per designation, four programs each.
    expect(rows({ where: { designation: { type: 'ORPHAN_DRUG' } } })).toBe(3_000 + 3_000 * 4);
    expect(rows({ where: { indication: { name: 'lymphoma' } } })).toBe(250 * 4 + 100_000);
    expect(rows({ where: { NOT: { stage: 'PHASE_1' } } })).toBe(100_000);
  });

  it('adds what companies and trials filters look up, once per quantifier, nested filters included', () => {
    expect(rows({ where: { companies: { some: { name: { eq: 'x' } } } } })).toBe(4_000 + 25_000 + 100_000);
    expect(rows({ where: { OR: [{ trials: { some: {}, none: { phase: { eq: 'PHASE_2' } } } }] } })).toBe(2 * (105_000 + 5 * 105_000) + 100_000);
    expect(rows({ where: { trials: { every: { indication: { id: 'x' } } } } })).toBe(105_000 + 250 * 4 + 5 * 105_000 + 100_000);
  });

  it('counts a sort other than by id ascending twice over what it finds', () => {
    expect(rows({ orderBy: { field: 'ID', direction: 'ASC' } })).toBe(0);
    expect(rows({ orderBy: { field: 'ID', direction: 'DESC' } })).toBe(200_000);
    expect(rows({ where: { stage: 'PHASE_2' }, orderBy: { field: 'COMPOUND_NAME' } })).toBe(200_000);
    expect(rows({ where: { compound: { in: ['a'] } }, orderBy: { field: 'STAGE' } })).toBe(0);
  });
});
