import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { int, toDriverParams, toEmbeddedParams, toPlain } from '../../src/store/values.js';

describe('Neo4j value mapping (no server needed)', () => {
  it('turns driver values into plain JS values', () => {
    expect(
      toPlain({
        ordinal: neo4j.int(3),
        huge: neo4j.int('9007199254740993'),
        asOf: new neo4j.types.Date(2017, 11, 7),
        months: 26.2,
        codeNames: ['CLR 131'],
        nested: { count: neo4j.int(80) },
        missing: undefined,
      }),
    ).toEqual({ ordinal: 3, huge: '9007199254740993', asOf: '2017-11-07', months: 26.2, codeNames: ['CLR 131'], nested: { count: 80 }, missing: null });
  });

  it('returns a node as its properties', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Compound'], { id: 'clr-131', name: 'CLR 131' }, 'n:1');
    expect(toPlain(node)).toEqual({ id: 'clr-131', name: 'CLR 131' });
  });

  it('sends marked integers as Cypher integers, so LIMIT accepts them, and every other number as a float', () => {
    const params = toDriverParams({ first: int(21), dose: 12.5, rows: [{ ordinal: int(1), value: 10 }], ids: ['clr-131'] }) as Record<string, any>;
    expect(neo4j.isInt(params.first)).toBe(true);
    expect(params.first.toNumber()).toBe(21);
    expect(params.dose).toBe(12.5);
    expect(neo4j.isInt(params.rows[0].ordinal)).toBe(true);
    expect(params.rows[0].value).toBe(10);
    expect(neo4j.isInt(params.rows[0].value)).toBe(false);
    expect(params.ids).toEqual(['clr-131']);
  });

  it('gives the embedded engine plain numbers, and refuses to mark a fraction as an integer', () => {
    expect(toEmbeddedParams({ first: int(21), ranks: { PHASE_2: int(5) }, value: 26.2 })).toEqual({ first: 21, ranks: { PHASE_2: 5 }, value: 26.2 });
    expect(() => int(2.5)).toThrow('2.5 is not a whole number within the safe range');
  });
});
