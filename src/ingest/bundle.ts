import {
  ENUMS,
  isLabel,
  isRelationshipType,
  type Label,
  MANAGED_PROPERTIES,
  NODE_PROPERTIES,
  type PropertySpec,
  RELATIONSHIPS,
  type RelationshipSpec,
  type RelationshipType,
} from '../store/index.js';

/** A citation of a fact: the source's id and where in the source the fact stands. */
export interface Citation {
  source: string;
  locator: string;
}

/**
 * One node of a bundle: its label, its id (a slug unique across the graph) and the data properties it sets.
 * Properties it leaves out keep their stored values; a property set to null is removed.
 */
export interface BundleNode {
  label: Label;
  id: string;
  properties: Record<string, unknown>;
  citations: Citation[];
}

/** One relationship of a bundle, between two node ids of the bundle. */
export interface BundleRelationship {
  type: RelationshipType;
  from: string;
  to: string;
  properties: Record<string, unknown>;
}

/** A set of facts imported together, all or nothing. */
export interface Bundle {
  bundle: string;
  description: string;
  nodes: BundleNode[];
  relationships: BundleRelationship[];
  /** Relationships the bundle removes (a correction: a trial no longer studies an indication); no properties. */
  unlink: BundleRelationship[];
  /** The label of every id the bundle mentions, from the bundle or the graph. */
  labels: ReadonlyMap<string, Label>;
}

/** One reason a bundle is refused: which record, which field, and what is wrong. */
export interface BundleProblem {
  record: string;
  field: string;
  message: string;
}

/** The result of validation: the bundle, or every problem found, never both. */
export type Validation = { ok: true; bundle: Bundle } | { ok: false; problems: BundleProblem[] };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function withArticle(label: string): string {
  return `${/^[AEIOU]/.test(label) ? 'an' : 'a'} ${label}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Given a property's spec and a value, returns what is wrong with the value, or undefined. */
function checkValue(spec: PropertySpec, value: unknown): string | undefined {
  const type = spec.type;
  switch (type.kind) {
    case 'string':
      return typeof value === 'string' && value.trim() !== '' ? undefined : 'must be a non-empty string';
    case 'strings':
      return Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '')
        ? undefined
        : 'must be a list of non-empty strings';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'must be a finite number';
    case 'integer':
      return Number.isSafeInteger(value) ? undefined : 'must be a whole number';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'date':
      return typeof value === 'string' && isCalendarDate(value) ? undefined : 'must be a calendar date as YYYY-MM-DD';
    case 'url':
      return typeof value === 'string' && URL.canParse(value) ? undefined : 'must be an absolute URL';
    case 'enum': {
      const allowed: readonly string[] = ENUMS[type.name];
      return typeof value === 'string' && allowed.includes(value) ? undefined : `must be one of ${allowed.join(', ')}`;
    }
    case 'enums': {
      const allowed: readonly string[] = ENUMS[type.name];
      return Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string' && allowed.includes(item)) && new Set(value).size === value.length
        ? undefined
        : `must be a non-empty list, without repeats, of ${allowed.join(', ')}`;
    }
  }
}

/**
 * Given the declared properties and a record's properties, pushes a problem for each unknown, ill-typed or (unless
 * the record adds to a node the graph already holds) missing one.
 */
function checkProperties(
  specs: Readonly<Record<string, PropertySpec>>,
  properties: Record<string, unknown>,
  record: string,
  problems: BundleProblem[],
  existing = false,
): void {
  for (const [key, value] of Object.entries(properties)) {
    const spec = specs[key];
    if ((MANAGED_PROPERTIES as readonly string[]).includes(key)) {
      problems.push({ record, field: `properties.${key}`, message: 'is kept by the store and cannot be imported' });
    } else if (key === 'id') {
      problems.push({ record, field: 'properties.id', message: 'goes beside properties, not inside them' });
    } else if (!spec) {
      problems.push({ record, field: `properties.${key}`, message: `is not a property (known: ${Object.keys(specs).join(', ')})` });
    } else if (value !== null) {
      const wrong = checkValue(spec, value);
      if (wrong) problems.push({ record, field: `properties.${key}`, message: `${wrong}, got ${JSON.stringify(value)}` });
    }
  }
  for (const [key, spec] of Object.entries(specs)) {
    if (key !== 'id' && spec.required && (properties[key] === null || (properties[key] === undefined && !existing))) {
      problems.push({ record, field: `properties.${key}`, message: 'is required' });
    }
  }
}

function checkNode(raw: unknown, index: number, problems: BundleProblem[], stored: ReadonlyMap<string, Label>): BundleNode | undefined {
  let record = `nodes[${index}]`;
  if (!isRecord(raw)) {
    problems.push({ record, field: '', message: 'must be an object with label, id and properties' });
    return undefined;
  }
  const { label, id, properties, citations = [] } = raw;
  if (typeof id === 'string') record = `${record} (${typeof label === 'string' ? label : '?'} ${id})`;
  const before = problems.length;
  if (typeof label !== 'string' || !isLabel(label)) {
    problems.push({ record, field: 'label', message: `must be one of ${Object.keys(NODE_PROPERTIES).join(', ')}, got ${JSON.stringify(label)}` });
  }
  if (typeof id !== 'string' || !SLUG.test(id)) {
    problems.push({ record, field: 'id', message: `must be a lower-case slug like clr-131, got ${JSON.stringify(id)}` });
  }
  if (!isRecord(properties)) {
    problems.push({ record, field: 'properties', message: 'must be an object' });
  } else if (typeof label === 'string' && isLabel(label)) {
    checkProperties(NODE_PROPERTIES[label], properties, record, problems, typeof id === 'string' && stored.get(id) === label);
  }
  if (!Array.isArray(citations)) {
    problems.push({ record, field: 'citations', message: 'must be a list of { source, locator }' });
  } else {
    citations.forEach((citation, position) => {
      if (!isRecord(citation) || typeof citation.source !== 'string' || typeof citation.locator !== 'string' || !citation.locator.trim()) {
        problems.push({ record, field: `citations[${position}]`, message: 'must be { source: <source id>, locator: <where in the source> }' });
      }
    });
    if (label !== 'Source' && citations.length === 0) {
      problems.push({ record, field: 'citations', message: 'every fact needs at least one citation' });
    }
  }
  if (problems.length > before) return undefined;
  return { label: label as Label, id: id as string, properties: properties as Record<string, unknown>, citations: citations as Citation[] };
}

function checkRelationship(
  raw: unknown,
  index: number,
  labels: ReadonlyMap<string, Label>,
  clashing: ReadonlySet<string>,
  problems: BundleProblem[],
  section: 'relationships' | 'unlink' = 'relationships',
): BundleRelationship | undefined {
  let record = `${section}[${index}]`;
  if (!isRecord(raw)) {
    problems.push({ record, field: '', message: 'must be an object with type, from and to' });
    return undefined;
  }
  const { type, from, to, properties = {} } = raw;
  record = `${record} (${String(from)} -${String(type)}-> ${String(to)})`;
  const before = problems.length;
  if (typeof type !== 'string' || !isRelationshipType(type)) {
    problems.push({ record, field: 'type', message: `must be one of ${Object.keys(RELATIONSHIPS).join(', ')}, got ${JSON.stringify(type)}` });
    return undefined;
  }
  const spec: RelationshipSpec = RELATIONSHIPS[type];
  for (const [field, end, allowed] of [
    ['from', from, spec.from],
    ['to', to, spec.to],
  ] as const) {
    const label = typeof end === 'string' ? labels.get(end) : undefined;
    if (!label) problems.push({ record, field, message: `must be the id of a node of this bundle or the graph, got ${JSON.stringify(end)}` });
    else if (!allowed.includes(label) && !clashing.has(end as string)) {
      problems.push({ record, field, message: `must be ${allowed.map(withArticle).join(' or ')}, got the ${label} ${String(end)}` });
    }
  }
  if (!isRecord(properties)) problems.push({ record, field: 'properties', message: 'must be an object' });
  else if (section === 'relationships') {
    checkProperties(spec.properties, properties, record, problems);
    // A citation is a node's: its locators and its date come from the node's `citations`.
    if (type === 'SUPPORTED_BY') problems.push({ record, field: 'type', message: 'a citation is given in the citing node’s citations, not as a relationship' });
  }
  else if (Object.keys(properties).length) problems.push({ record, field: 'properties', message: 'a removed relationship takes no properties' });
  else if (type === 'SUPPORTED_BY') problems.push({ record, field: 'type', message: 'a citation cannot be removed: every fact keeps the sources that support it' });
  if (problems.length > before) return undefined;
  return { type, from: from as string, to: to as string, properties: properties as Record<string, unknown> };
}

/** Given parsed JSON, returns every id it mentions: its nodes', its relationships' ends (added or removed) and its cited sources. */
export function mentionedIds(raw: unknown): string[] {
  if (!isRecord(raw)) return [];
  const ids = new Set<string>();
  for (const node of Array.isArray(raw.nodes) ? raw.nodes : []) {
    if (!isRecord(node)) continue;
    if (typeof node.id === 'string') ids.add(node.id);
    for (const citation of Array.isArray(node.citations) ? node.citations : []) {
      if (isRecord(citation) && typeof citation.source === 'string') ids.add(citation.source);
    }
  }
  for (const relationship of [...(Array.isArray(raw.relationships) ? raw.relationships : []), ...(Array.isArray(raw.unlink) ? raw.unlink : [])]) {
    if (!isRecord(relationship)) continue;
    for (const end of [relationship.from, relationship.to]) if (typeof end === 'string') ids.add(end);
  }
  return [...ids];
}

/**
 * Given parsed JSON and the labels of ids the graph already holds, returns the bundle when every record is valid,
 * or every problem with its record and field. Relationships and citations may point at nodes of the bundle or of
 * the graph; an id may not change label.
 */
export function validateBundle(raw: unknown, stored: ReadonlyMap<string, Label> = new Map()): Validation {
  const problems: BundleProblem[] = [];
  if (!isRecord(raw)) return { ok: false, problems: [{ record: 'bundle', field: '', message: 'must be a JSON object' }] };
  if (typeof raw.bundle !== 'string' || !SLUG.test(raw.bundle)) {
    problems.push({ record: 'bundle', field: 'bundle', message: 'must be a slug naming the bundle' });
  }
  if (!Array.isArray(raw.nodes)) problems.push({ record: 'bundle', field: 'nodes', message: 'must be a list' });
  for (const field of ['relationships', 'unlink'] as const) {
    if (raw[field] !== undefined && !Array.isArray(raw[field])) problems.push({ record: 'bundle', field, message: 'must be a list' });
  }
  if (problems.length) return { ok: false, problems };

  const nodes: BundleNode[] = [];
  const labels = new Map<string, Label>(stored);
  const declared = new Set<string>();
  const clashing = new Set<string>();
  (raw.nodes as unknown[]).forEach((candidate, index) => {
    const { label, id } = isRecord(candidate) ? candidate : {};
    if (typeof id === 'string' && typeof label === 'string' && isLabel(label)) {
      if (declared.has(id)) {
        problems.push({ record: `nodes[${index}] (${label} ${id})`, field: 'id', message: 'is used by another node of the bundle' });
        return;
      }
      const storedLabel = stored.get(id);
      if (storedLabel && storedLabel !== label) {
        problems.push({ record: `nodes[${index}] (${label} ${id})`, field: 'id', message: `is already the id of ${withArticle(storedLabel)} in the graph; ids are unique across labels` });
        clashing.add(id);
        return;
      }
      declared.add(id);
      // Known before the node's own checks, so relationships to a node with a bad property are not reported too.
      labels.set(id, label);
    }
    const node = checkNode(candidate, index, problems, stored);
    if (node) nodes.push(node);
  });
  nodes.forEach((node) => {
    node.citations.forEach((citation, position) => {
      const found = labels.get(citation.source);
      if (found !== 'Source' && !clashing.has(citation.source)) {
        problems.push({
          record: `${node.label} ${node.id}`,
          field: `citations[${position}].source`,
          message: `must be the id of a Source of this bundle or the graph, got ${found ? `the ${found} ` : ''}${JSON.stringify(citation.source)}`,
        });
      }
    });
  });
  const relationships: BundleRelationship[] = [];
  ((raw.relationships as unknown[] | undefined) ?? []).forEach((candidate, index) => {
    const relationship = checkRelationship(candidate, index, labels, clashing, problems);
    if (relationship) relationships.push(relationship);
  });
  const unlink: BundleRelationship[] = [];
  ((raw.unlink as unknown[] | undefined) ?? []).forEach((candidate, index) => {
    const relationship = checkRelationship(candidate, index, labels, clashing, problems, 'unlink');
    if (relationship) unlink.push(relationship);
  });
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    bundle: {
      bundle: raw.bundle as string,
      description: typeof raw.description === 'string' ? raw.description : '',
      nodes,
      relationships,
      unlink,
      labels,
    },
  };
}
