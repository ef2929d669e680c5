/**
 * The graph's shape: node labels with their properties, relationship types with their endpoints, and the
 * enumerations the properties take. It is the allow-list the query builder and the bundle validator check
 * every identifier against, so no label, type or property reaches Cypher unless it is named here.
 */

/** Development stages in their order (after Open Targets); a program's stage is the highest of its trials'. */
export const STAGES = [
  'PRECLINICAL',
  'IND',
  'EARLY_PHASE_1',
  'PHASE_1',
  'PHASE_1_2',
  'PHASE_2',
  'PHASE_2_3',
  'PHASE_3',
  'PREAPPROVAL',
  'APPROVAL',
] as const;

/** Stages outside the order: a withdrawn program, or one whose stage the sources do not give. */
export const UNORDERED_STAGES = ['WITHDRAWAL', 'UNKNOWN'] as const;

/** The enumerations properties take, by GraphQL enum name; UPPER_SNAKE values. */
export const ENUMS = {
  Stage: [...STAGES, ...UNORDERED_STAGES],
  TrialStatus: [
    'NOT_YET_RECRUITING',
    'RECRUITING',
    'ACTIVE_NOT_RECRUITING',
    'ONGOING',
    'COMPLETED',
    'SUSPENDED',
    'TERMINATED',
    'WITHDRAWN',
    'UNKNOWN',
  ],
  Modality: [
    'PHOSPHOLIPID_DRUG_CONJUGATE',
    'RADIOCONJUGATE',
    'ANTIBODY_DRUG_CONJUGATE',
    'SMALL_MOLECULE',
    'ANTIBODY',
    'CELL_THERAPY',
    'OTHER',
  ],
  DevelopmentStatus: ['PRECLINICAL', 'INVESTIGATIONAL', 'APPROVED', 'DISCONTINUED', 'WITHDRAWN'],
  IndicationKind: ['DISEASE', 'GROUPING'],
  DesignationType: [
    'ORPHAN_DRUG',
    'FAST_TRACK',
    'BREAKTHROUGH_THERAPY',
    'RARE_PEDIATRIC_DISEASE',
    'PRIORITY_REVIEW',
    'ACCELERATED_APPROVAL',
    'PRIME',
  ],
  Agency: ['FDA', 'EMA', 'PMDA', 'MHRA', 'NMPA'],
  DesignationStatus: ['GRANTED', 'PENDING', 'DENIED', 'REVOKED', 'WITHDRAWN'],
  Endpoint: [
    'MEDIAN_OVERALL_SURVIVAL',
    'MEDIAN_PROGRESSION_FREE_SURVIVAL',
    'OVERALL_RESPONSE_RATE',
    'RESPONSE_OBSERVED',
  ],
  ResponseCategory: [
    'COMPLETE_RESPONSE',
    'VERY_GOOD_PARTIAL_RESPONSE',
    'PARTIAL_RESPONSE',
    'MINIMAL_RESPONSE',
    'STABLE_DISEASE',
    'PROGRESSIVE_DISEASE',
  ],
  Maturity: ['ONGOING', 'FINAL'],
  ReadoutKind: ['OBSERVED', 'COMPARATOR'],
  Unit: ['MONTHS', 'PERCENT', 'PATIENTS'],
  ClaimKind: ['MECHANISM', 'EVIDENCE', 'PRECLINICAL_EVIDENCE', 'POTENTIAL_BENEFIT', 'INTERPRETATION', 'PIPELINE', 'OUTLOOK'],
  Qualifier: ['EXACTLY', 'MORE_THAN', 'LESS_THAN', 'APPROXIMATELY'],
  SourceKind: ['PRESS_RELEASE', 'PUBLICATION', 'REGISTRY', 'REGULATORY', 'PARTNER'],
} as const;

/** The name of one of `ENUMS`. */
export type EnumName = keyof typeof ENUMS;

/** The type a property's value must have; `enum` names one of `ENUMS`. */
export type PropertyType =
  | { kind: 'string' }
  | { kind: 'strings' }
  | { kind: 'number' }
  | { kind: 'integer' }
  | { kind: 'boolean' }
  | { kind: 'date' }
  | { kind: 'url' }
  | { kind: 'enum'; name: EnumName }
  | { kind: 'enums'; name: EnumName };

/** One property of a label: its type, whether every node must have it, and whether the store indexes it. */
export interface PropertySpec {
  type: PropertyType;
  required?: boolean;
  /** Lookups and filters start from it: the store keeps an index on it (`schemaStatements`). */
  indexed?: boolean;
}

const string: PropertySpec = { type: { kind: 'string' } };
const strings: PropertySpec = { type: { kind: 'strings' } };
const number: PropertySpec = { type: { kind: 'number' } };
const integer: PropertySpec = { type: { kind: 'integer' } };
const boolean: PropertySpec = { type: { kind: 'boolean' } };
const date: PropertySpec = { type: { kind: 'date' } };
const url: PropertySpec = { type: { kind: 'url' } };
const required = (spec: PropertySpec): PropertySpec => ({ ...spec, required: true });
const indexed = (spec: PropertySpec): PropertySpec => ({ ...spec, indexed: true });
const oneOf = (name: EnumName, isRequired = false): PropertySpec => ({ type: { kind: 'enum', name }, required: isRequired });
const someOf = (name: EnumName): PropertySpec => ({ type: { kind: 'enums', name } });

/** Properties every node has: `id` (a readable slug) and `name` come from the data, the timestamps from the store. */
const common = { id: required(string), name: indexed(required(string)), description: string } as const;

/** Every label with the properties a bundle may set on its nodes. */
export const NODE_PROPERTIES = {
  Company: {
    ...common,
    aliases: strings,
    ticker: string,
    exchange: string,
    headquarters: string,
    website: string,
    focus: string,
    president: string,
    chiefExecutiveOfficer: string,
  },
  Compound: {
    ...common,
    codeNames: strings,
    modality: oneOf('Modality', true),
    /** Every kind of therapeutic it is, when a source gives more than one (a radiotherapeutic PDC is both). */
    modalities: someOf('Modality'),
    payload: string,
    payloadType: string,
    developmentStatus: oneOf('DevelopmentStatus', true),
    leadCandidate: boolean,
  },
  Platform: { ...common, abbreviation: string, proprietary: boolean, patented: boolean },
  Trial: {
    ...common,
    phase: indexed(oneOf('Stage', true)),
    status: oneOf('TrialStatus', true),
    population: string,
    dosingRegimen: string,
    purpose: string,
    registryIds: strings,
  },
  Cohort: {
    ...common,
    ordinal: required(integer),
    doseValue: number,
    doseUnit: string,
    administration: string,
    meanPriorLines: number,
    startOffsetMonths: number,
    startOffsetApproximate: boolean,
    pretreatment: string,
  },
  Indication: {
    ...common,
    kind: oneOf('IndicationKind', true),
    synonyms: strings,
    ncitId: indexed(string),
    mondoId: indexed(string),
    efoId: indexed(string),
    doid: indexed(string),
  },
  Designation: {
    ...common,
    type: oneOf('DesignationType', true),
    agency: oneOf('Agency', true),
    region: string,
    grantedOn: date,
    status: oneOf('DesignationStatus', true),
  },
  Readout: {
    ...common,
    endpoint: oneOf('Endpoint', true),
    kind: oneOf('ReadoutKind', true),
    value: number,
    low: number,
    high: number,
    unit: oneOf('Unit'),
    responseCategory: oneOf('ResponseCategory'),
    asOf: date,
    maturity: oneOf('Maturity'),
    setting: string,
    headToHead: boolean,
    therapyCount: integer,
    note: string,
  },
  Claim: {
    ...common,
    kind: oneOf('ClaimKind', true),
    statement: required(string),
    attributedTo: string,
    quantityValue: number,
    quantityUnit: string,
    quantityQualifier: oneOf('Qualifier'),
  },
  Source: {
    ...common,
    kind: oneOf('SourceKind', true),
    title: required(string),
    publisher: string,
    distributor: string,
    dateline: string,
    publishedOn: required(date),
    url: url,
    retrievedAt: date,
    document: string,
    contactName: string,
    contactOrganization: string,
    contactPhone: string,
    contactEmail: string,
  },
} as const satisfies Record<string, Record<string, PropertySpec>>;

/** A node label of the graph. */
export type Label = keyof typeof NODE_PROPERTIES;
/** Every label, in declaration order. */
export const LABELS = Object.keys(NODE_PROPERTIES) as Label[];

/**
 * Labels the store derives and keeps itself, which no bundle may write: stored programs (ingest/programs.ts), the
 * buckets that keep them in id order, their number per stage, the markers of the rule versions derived data follows
 * and of the data's version, and the record of each bundle loaded.
 */
export const DERIVED_LABELS = ['Program', 'ProgramBucket', 'ProgramCount', 'Derivation', 'Bundle'] as const;

/** A label the store derives and keeps itself. */
export type DerivedLabel = (typeof DERIVED_LABELS)[number];

/**
 * What the store indexes on its derived labels besides a unique `id`: the properties program pages start from (by
 * compound, indication, stage or bucket). `ProgramCount` holds a dozen nodes read whole, and has neither.
 */
const DERIVED_KEYS: Record<DerivedLabel, { unique: boolean; indexed: string[] }> = {
  Program: { unique: true, indexed: ['bucket', 'compoundId', 'indicationId', 'stage'] },
  ProgramBucket: { unique: true, indexed: [] },
  ProgramCount: { unique: false, indexed: [] },
  Derivation: { unique: true, indexed: [] },
  Bundle: { unique: true, indexed: [] },
};

/** Given a label or property name, returns it in snake case, as index names spell it (ProgramBucket: program_bucket). */
function snake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/**
 * Given an engine, returns its constraints and indexes, derived from the labels: on every label but `ProgramCount` a
 * unique `id`, and an index on each property marked `indexed` (and the derived labels' keys). Every statement is
 * `IF NOT EXISTS`. The embedded engine gets an index on `id` too, and all its indexes before any constraint: a unique
 * constraint without an index on its property makes its inserts quadratic (docs/engines.md, row 2). Neo4j refuses an
 * index beside a unique constraint on the same property: there the constraint is the id's index.
 */
export function schemaStatements(engine: 'embedded' | 'neo4j'): { name: string; text: string }[] {
  const keys = [
    ...LABELS.map((label) => ({ label: label as string, unique: true, indexed: Object.entries(NODE_PROPERTIES[label]).filter(([, spec]) => (spec as PropertySpec).indexed).map(([property]) => property) })),
    ...DERIVED_LABELS.map((label) => ({ label: label as string, ...DERIVED_KEYS[label] })),
  ];
  const index = (label: string, property: string) => ({
    name: `schema/create-index-${snake(label)}-${snake(property)}`,
    text: `CREATE INDEX ${snake(label)}_${snake(property)} IF NOT EXISTS FOR (n:${label}) ON (n.${property})`,
  });
  const indexes = keys.flatMap(({ label, unique, indexed: properties }) => [...(unique && engine === 'embedded' ? ['id'] : []), ...properties].map((property) => index(label, property)));
  const constraints = keys
    .filter(({ unique }) => unique)
    .map(({ label }) => ({ name: `schema/create-unique-constraint-${snake(label)}-id`, text: `CREATE CONSTRAINT ${snake(label)}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE` }));
  return [...indexes, ...constraints];
}

/** Properties the store keeps itself; a bundle may not set them. */
export const MANAGED_PROPERTIES = ['createdAt', 'updatedAt'] as const;

/** One relationship type: which labels it leaves from and arrives at, and the properties it carries. */
export interface RelationshipSpec {
  from: readonly Label[];
  to: readonly Label[];
  properties: Readonly<Record<string, PropertySpec>>;
}

const FACT_LABELS: readonly Label[] = [
  'Company',
  'Compound',
  'Platform',
  'Trial',
  'Cohort',
  'Indication',
  'Designation',
  'Readout',
  'Claim',
];

/** Every relationship type with the labels it may join and the properties it carries. */
export const RELATIONSHIPS = {
  DEVELOPS: { from: ['Company'], to: ['Compound'], properties: {} },
  OWNS: { from: ['Company'], to: ['Platform'], properties: {} },
  BUILT_ON: { from: ['Compound'], to: ['Platform'], properties: {} },
  USES_CARRIER: { from: ['Platform'], to: ['Platform'], properties: {} },
  DEVELOPED_FOR: { from: ['Compound'], to: ['Indication'], properties: {} },
  EVALUATES: { from: ['Trial'], to: ['Compound'], properties: {} },
  SPONSORED_BY: { from: ['Trial'], to: ['Company'], properties: {} },
  STUDIES: { from: ['Trial'], to: ['Indication'], properties: { setting: string } },
  HAS_COHORT: { from: ['Trial'], to: ['Cohort'], properties: {} },
  REPORTED: { from: ['Cohort', 'Trial'], to: ['Readout'], properties: {} },
  MEASURED_IN: { from: ['Readout'], to: ['Indication'], properties: {} },
  COMPARED_WITH: { from: ['Readout'], to: ['Readout'], properties: {} },
  HAS_DESIGNATION: { from: ['Compound'], to: ['Designation'], properties: {} },
  FOR_INDICATION: { from: ['Designation'], to: ['Indication'], properties: {} },
  GRANTED_TO: { from: ['Designation'], to: ['Company'], properties: {} },
  SUBTYPE_OF: { from: ['Indication'], to: ['Indication'], properties: {} },
  CLAIMS: { from: ['Company', 'Compound', 'Platform', 'Trial'], to: ['Claim'], properties: {} },
  SUPPORTED_BY: { from: FACT_LABELS, to: ['Source'], properties: { locators: required(strings) } },
} as const satisfies Record<string, RelationshipSpec>;

/** A relationship type of the graph. */
export type RelationshipType = keyof typeof RELATIONSHIPS;

/** Given a name, tells whether it is a label of the graph. */
export function isLabel(name: string): name is Label {
  return Object.hasOwn(NODE_PROPERTIES, name);
}

/** Given a name, tells whether it is a relationship type of the graph. */
export function isRelationshipType(name: string): name is RelationshipType {
  return Object.hasOwn(RELATIONSHIPS, name);
}

/** Given a label and a property name, tells whether the label has that property (data or managed). */
export function hasProperty(label: Label, property: string): boolean {
  return Object.hasOwn(NODE_PROPERTIES[label], property) || (MANAGED_PROPERTIES as readonly string[]).includes(property);
}
