import { describe, expect, it } from 'vitest';
import { documentShape, filterFactor, shapeRefusal } from '../../src/graphql/cost.js';

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

describe('filterFactor', () => {
  it('reads a label once, plus once per relationship subquery a filter runs per node, through AND, OR, NOT and relation filters', () => {
    expect(filterFactor(undefined)).toBe(1);
    expect(filterFactor({ name: { contains: 'clr' }, phase: { eq: 'PHASE_2' } })).toBe(1);
    expect(filterFactor({ indication: { name: 'lymphoma' } })).toBe(2);
    expect(filterFactor({ OR: [{ about: { eq: 'pdc' } }, { about: { eq: 'ple' } }] })).toBe(9);
    expect(filterFactor({ compounds: { some: { trials: { none: { cohorts: { every: { readouts: { some: { value: { gt: 20 } } } } } } } } } })).toBe(5);
    expect(filterFactor({ NOT: { trial: { eq: 'x' } }, readouts: null })).toBe(2);
  });
});
