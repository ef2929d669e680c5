import neo4j from 'neo4j-driver';

/**
 * Given a value from the Neo4j driver, returns it as a plain JS value: integers as numbers,
 * temporal values as ISO strings, nodes and relationships as their properties, lists and maps recursively.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value !== 'object') return value;
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
  if (neo4j.isPath(value)) return value.segments.map((segment) => toPlain(segment.relationship));
  if (neo4j.isPoint(value)) return { srid: toPlain(value.srid), x: value.x, y: value.y, z: value.z ?? null };
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toPlain(inner)]));
}

/**
 * A whole number that must reach the database as a Cypher INTEGER: a `LIMIT`, a list index, a property the graph
 * schema types as integer. Other JS numbers travel as FLOAT, so a property keeps one type on every node.
 */
export class CypherInteger {
  constructor(readonly value: number) {
    if (!Number.isSafeInteger(value)) throw new TypeError(`${value} is not a whole number within the safe range`);
  }

  /** Logs as the number it is. */
  toJSON(): number {
    return this.value;
  }
}

/** Given a whole number, returns it marked to travel as a Cypher INTEGER. */
export function int(value: number): CypherInteger {
  return new CypherInteger(value);
}

/** Given parameters and what a marked integer becomes, returns a copy with every `CypherInteger` replaced. */
function replaceIntegers(value: unknown, convert: (integer: CypherInteger) => unknown): unknown {
  if (value instanceof CypherInteger) return convert(value);
  if (Array.isArray(value)) return value.map((item) => replaceIntegers(item, convert));
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, replaceIntegers(inner, convert)]));
  }
  return value;
}

/** Given statement parameters, returns them as the Neo4j driver must receive them: marked integers as Cypher integers, other numbers as floats. */
export function toDriverParams(params: Record<string, unknown>): Record<string, unknown> {
  return replaceIntegers(params, (integer) => neo4j.int(integer.value)) as Record<string, unknown>;
}

/** Given statement parameters, returns them as the embedded engine takes them: marked integers as plain numbers. */
export function toEmbeddedParams(params: Record<string, unknown>): Record<string, unknown> {
  return replaceIntegers(params, (integer) => integer.value) as Record<string, unknown>;
}
