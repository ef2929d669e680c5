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

/** The order of the stages, as descriptions of what takes one state it. */
export const STAGE_ORDER = STAGES.join(' < ');

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
    'OVERALL_SURVIVAL',
    'MEDIAN_SURVIVAL',
    'MEDIAN_PROGRESSION_FREE_SURVIVAL',
    'PROGRESSION_FREE_SURVIVAL',
    'OVERALL_RESPONSE_RATE',
    'COMPLETE_RESPONSE_RATE',
    'CLINICAL_BENEFIT_RATE',
    'MAJOR_RESPONSE_RATE',
    'DISEASE_CONTROL_RATE',
    'TUMOR_REDUCTION',
    'ADVERSE_EVENTS',
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
  Unit: ['MONTHS', 'DAYS', 'PERCENT', 'PATIENTS'],
  Statistic: ['MEDIAN', 'AVERAGE'],
  ClaimKind: ['MECHANISM', 'EVIDENCE', 'PRECLINICAL_EVIDENCE', 'POTENTIAL_BENEFIT', 'INTERPRETATION', 'PIPELINE', 'OUTLOOK'],
  Qualifier: ['EXACTLY', 'MORE_THAN', 'LESS_THAN', 'APPROXIMATELY'],
  NameKind: ['CODE_NAME', 'NONPROPRIETARY_NAME', 'CHEMICAL_NAME', 'TRIAL_NAME', 'OTHER'],
  MilestoneKind: ['FIRST_POSTED', 'STUDY_START', 'STATUS', 'ENROLLMENT', 'PRIMARY_COMPLETION', 'STUDY_COMPLETION', 'LAST_UPDATE'],
  DisagreementKind: ['CONTRADICTION', 'DEFINITION', 'WORDING', 'REVISION'],
  SourceKind: ['PRESS_RELEASE', 'PUBLICATION', 'REGISTRY', 'REGULATORY', 'NEWS_REPORT', 'COMPANY_WEBPAGE', 'PATIENT_ORGANIZATION', 'PARTNER'],
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
  /**
   * What it means, for the API's reader. A property with a description is a field of its type, of the same name; one
   * without is read through a field that combines properties (a cohort's `dose`, a readout's `range`, an
   * indication's `xrefs`, a compound's `modalities`).
   */
  description?: string;
  /** How a list filters by it, for the API's reader: a property with it is a field of its type's `where`, compared by its kind's operators. */
  filter?: string;
  /** The name lists sort by it under (`VALUE`, `AS_OF`): a value of its type's `<Type>OrderField`. */
  sort?: string;
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
const doc = (spec: PropertySpec, description: string): PropertySpec => ({ ...spec, description });
const filtered = (spec: PropertySpec, filter: string): PropertySpec => ({ ...spec, filter });
const sorted = (spec: PropertySpec, sort: string): PropertySpec => ({ ...spec, sort });
const oneOf = (name: EnumName, isRequired = false): PropertySpec => ({ type: { kind: 'enum', name }, required: isRequired });
const someOf = (name: EnumName): PropertySpec => ({ type: { kind: 'enums', name } });

/** Properties every node has: `id` (a readable slug) and `name` come from the data, the timestamps from the store. */
const common = {
  id: filtered(required(string), 'By id.'),
  name: filtered(indexed(required(string)), 'By name, ignoring case.'),
  description: string,
} as const;

/** Every label with the properties a bundle may set on its nodes. */
export const NODE_PROPERTIES = {
  Company: {
    ...common,
    aliases: filtered(doc(strings, 'Other names the company goes by, misspellings in sources included (e.g. "Cellecstar").'), 'By any of its aliases, ignoring case; `isNull: true` for none.'),
    ticker: filtered(doc(string, 'Stock ticker symbol, e.g. CLRB.'), 'By ticker, ignoring case.'),
    exchange: doc(string, 'Exchange the ticker trades on, e.g. Nasdaq.'),
    headquarters: doc(string, 'Headquarters city and state or country.'),
    website: doc(string, 'Website address as the sources give it.'),
    focus: doc(string, 'How the company describes its focus and stage.'),
    president: doc(string, 'Name of the president.'),
    chiefExecutiveOfficer: doc(string, 'Name of the chief executive officer.'),
  },
  Compound: {
    ...common,
    codeNames: filtered(doc(strings, 'Code names and other identifiers, e.g. "CLR 131".'), 'By any of its code names, ignoring case; `isNull: true` for none.'),
    modality: doc(oneOf('Modality', true), 'What kind of therapeutic it is first of all; `modalities` gives every kind the sources give.'),
    /** Every kind of therapeutic it is, when a source gives more than one (a radiotherapeutic PDC is both). */
    modalities: someOf('Modality'),
    payload: filtered(doc(string, 'What the compound delivers, e.g. iodine-131.'), 'By payload, ignoring case (e.g. `{ eq: "iodine-131" }`).'),
    payloadType: doc(string, 'What kind of payload, e.g. cytotoxic radioisotope.'),
    developmentStatus: filtered(doc(oneOf('DevelopmentStatus', true), 'Regulatory status of the compound as a whole.'), 'By development status.'),
    leadCandidate: doc(boolean, 'True when the developer calls it its lead candidate.'),
  },
  Platform: {
    ...common,
    abbreviation: filtered(doc(string, 'Short name, e.g. PDC or PLE.'), 'By abbreviation, ignoring case (e.g. PDC).'),
    proprietary: doc(boolean, 'True when the owner calls it proprietary.'),
    patented: doc(boolean, 'True when the owner calls it patented.'),
  },
  Trial: {
    ...common,
    phase: filtered(doc(indexed(oneOf('Stage', true)), `Trial phase, in the order ${STAGE_ORDER}. A Phase 1/2 trial is PHASE_1_2, which ranks below PHASE_2.`), 'By phase.'),
    status: filtered(doc(oneOf('TrialStatus', true), 'Where the trial stands, as the source that first describes it says; `milestones` gives each later status a source shows, with its date.'), 'By status.'),
    population: doc(string, 'Who the trial enrolls, e.g. relapsed or refractory multiple myeloma.'),
    dosingRegimen: doc(string, 'How the compound is given, e.g. single dose, one or two doses.'),
    purpose: doc(string, 'What the trial is for, e.g. assess efficacy.'),
    registryIds: filtered(doc(strings, 'Registry ids (e.g. NCT01234567) when a source gives them.'), 'By any of its registry ids, ignoring case, e.g. `{ eq: "NCT02952508" }`; `isNull: true` for none.'),
  },
  Cohort: {
    ...common,
    ordinal: sorted(doc(required(integer), 'Position of the cohort in its trial: 1 for the first.'), 'ORDINAL'),
    // DOSE sorts by the amount whatever its unit: filter the unit to compare like with like.
    doseValue: sorted(number, 'DOSE'),
    doseUnit: string,
    administration: doc(string, 'How the dose was given, e.g. a single 30-minute infusion.'),
    meanPriorLines: doc(number, 'Mean number of prior lines of therapy of its participants.'),
    startOffsetMonths: doc(number, 'Months after the first cohort of the trial that this cohort started (0 for the first).'),
    startOffsetApproximate: doc(boolean, 'True when the source gives the start offset as approximate.'),
    pretreatment: doc(string, 'How pretreated its participants were, in the source’s terms.'),
  },
  Indication: {
    ...common,
    kind: filtered(doc(oneOf('IndicationKind', true), 'A disease or a curated grouping.'), 'By kind: DISEASE or GROUPING.'),
    synonyms: filtered(doc(strings, 'Other names and abbreviations; filters and search match them too.'), 'By any of its synonyms, ignoring case; `isNull: true` for none.'),
    ncitId: indexed(string),
    mondoId: indexed(string),
    efoId: indexed(string),
    doid: indexed(string),
  },
  Designation: {
    ...common,
    type: filtered(doc(oneOf('DesignationType', true), 'Kind of designation.'), 'By type, e.g. ORPHAN_DRUG.'),
    agency: filtered(doc(oneOf('Agency', true), 'The regulator that granted it.'), 'By agency, e.g. FDA.'),
    region: doc(string, 'Region it applies to, e.g. United States.'),
    number: doc(string, 'The regulator’s number for it, e.g. EU/3/19/2204.'),
    grantedOn: filtered(sorted(doc(date, 'Date granted; null when the sources do not give it.'), 'GRANTED_ON'), 'By the date granted, e.g. `{ gte: "2017-01-01" }`.'),
    status: doc(oneOf('DesignationStatus', true), 'Where the designation stands.'),
  },
  Readout: {
    ...common,
    endpoint: filtered(doc(oneOf('Endpoint', true), 'What is measured.'), 'By endpoint, e.g. MEDIAN_OVERALL_SURVIVAL.'),
    kind: filtered(doc(oneOf('ReadoutKind', true), 'Observed in the trial, or a comparator from other therapies.'), 'OBSERVED or COMPARATOR.'),
    value: sorted(filtered(doc(number, 'The value, when a single number (e.g. 26.2).'), 'By value, e.g. `{ gt: 11.9 }`; values are in their own `unit`, so filter `endpoint` too.'), 'VALUE'),
    low: number,
    high: number,
    unit: filtered(doc(oneOf('Unit'), 'Unit of value and range.'), 'By unit, e.g. MONTHS.'),
    responseCategory: doc(oneOf('ResponseCategory'), 'For RESPONSE_OBSERVED: which response.'),
    asOf: filtered(sorted(doc(date, 'Data date: the value holds as of this date.'), 'AS_OF'), 'By the date the value holds as of.'),
    metric: doc(string, 'The metric as the source names it, e.g. "post treatment median survival" where a later source says "median overall survival".'),
    statistic: filtered(doc(oneOf('Statistic'), 'Whether the value is a median or an average (mean), as the source says.'), 'MEDIAN or AVERAGE.'),
    qualifiers: doc(strings, 'The source’s qualifiers of the value, in its words as the fact sheets record them: "preliminary", "ongoing", "to date", "at this time", "still rising".'),
    reportedOn: filtered(sorted(doc(date, 'When the source reported the value: its own date, or an earlier report’s when it cites one; not the data cut-off.'), 'REPORTED_ON'), 'By report date.'),
    dataCutoff: filtered(doc(date, 'The data cut-off, when the source gives one.'), 'By data cut-off.'),
    evaluableCount: doc(integer, 'How many evaluable patients the value rests on, when the source says.'),
    maturity: filtered(doc(oneOf('Maturity'), 'ONGOING when the value may still change (a median still rising).'), 'ONGOING or FINAL; `{ isNull: true }` for readouts that give neither.'),
    setting: doc(string, 'Treatment setting, e.g. relapsed or refractory, third line.'),
    population: doc(string, 'Whom the value is for when the source names a population rather than a cohort, e.g. patients relapsed after a proteasome inhibitor and an immunomodulator.'),
    headToHead: doc(boolean, 'For comparators: false when no head-to-head study was done.'),
    therapyCount: doc(integer, 'For comparators: how many therapies the value or range spans.'),
    note: doc(string, 'What to keep in mind when reading the value.'),
  },
  Claim: {
    ...common,
    kind: filtered(doc(oneOf('ClaimKind', true), 'What kind of statement it is (evidence, mechanism, outlook ...).'), 'By kind, e.g. MECHANISM or OUTLOOK.'),
    statement: filtered(doc(required(string), 'The statement, paraphrased.'), 'By the statement, ignoring case (e.g. `{ contains: "survival" }`).'),
    attributedTo: doc(string, 'Who made it, when the source attributes it to a person.'),
    quantityValue: number,
    quantityUnit: string,
    quantityQualifier: oneOf('Qualifier'),
  },
  ReadoutSeries: {
    ...common,
    measure: doc(required(string), 'What its points measure, in general terms (e.g. survival); each point names its own `metric`.'),
    subject: doc(required(string), 'Whom it follows: a cohort, a trial or a population, as the sources name it.'),
    definitionChanged: doc(boolean, 'True when its points do not all measure the same thing: the metric or a response category was renamed or redefined between reports, so a change in value is not a change on one scale (each point’s `metric` says what it measured).'),
    note: doc(string, 'What to keep in mind when reading the series.'),
  },
  Name: {
    ...common,
    kind: filtered(doc(oneOf('NameKind', true), 'What kind of name it is: a code name, a nonproprietary (INN-style) name, a chemical name, a trial’s name.'), 'By kind, e.g. CODE_NAME.'),
    note: doc(string, 'How the sources use it, e.g. for the compound or for its carrier alone.'),
  },
  Milestone: {
    ...common,
    kind: filtered(doc(oneOf('MilestoneKind', true), 'What happened or is expected: first posted, start, a status, enrollment, completion, an update.'), 'By kind, e.g. STATUS.'),
    on: filtered(sorted(doc(date, 'The day, when the source gives one.'), 'ON'), 'By day, e.g. `{ lt: "2021-01-01" }`.'),
    period: doc(string, 'The date as the source gives it when it gives no day, e.g. "July 2020" or "2H 2023".'),
    estimated: doc(boolean, 'True for an anticipated or estimated date, false for an actual one, as the record labels it.'),
    status: filtered(doc(oneOf('TrialStatus'), 'For STATUS: the status the record shows.'), 'By status.'),
    count: doc(integer, 'For ENROLLMENT: the number of participants.'),
    note: doc(string, 'What to keep in mind, e.g. which status the record shows as the previous one.'),
  },
  Disagreement: {
    ...common,
    kind: filtered(doc(oneOf('DisagreementKind', true), 'CONTRADICTION: the sources cannot all be right; DEFINITION: the same words for different things or a definition changed; WORDING: different words for one thing; REVISION: a later source moves a date or a status.'), 'By kind.'),
    topic: filtered(doc(required(string), 'What it is about, e.g. who had the partial response.'), 'By topic, ignoring case.'),
  },
  Source: {
    ...common,
    kind: filtered(doc(oneOf('SourceKind', true), 'What kind of document this is.'), 'By kind, e.g. PRESS_RELEASE.'),
    title: filtered(doc(string, 'The document title, verbatim (spelling included) so it can be found again; null when the copy kept shows none.'), 'By title, ignoring case.'),
    publisher: doc(string, 'Who issued the document.'),
    distributor: doc(string, 'Who distributed it (e.g. a newswire).'),
    dateline: doc(string, 'Place the document was issued from.'),
    publishedOn: filtered(
      sorted(doc(date, 'Publication date, when the document gives one (`dateBasis` says how): the date the facts it states are current as of, unless a fact says otherwise. Null for an undated document.'), 'PUBLISHED_ON'),
      'By publication date, e.g. `{ lt: "2018-01-01" }`; `{ isNull: true }` for undated documents.',
    ),
    publishedNotBefore: doc(date, 'For an undated document: the earliest date its content allows (an event it reports). A lower bound, not a publication date; null too when the content allows none (`dateBasis` says so).'),
    dateBasis: doc(string, 'What the publication date rests on, e.g. a dateline, a date in the URL path, a "Last Update Posted" date.'),
    primary: doc(boolean, 'True for the company’s or a regulator’s or registry’s own words; false for someone else reporting them.'),
    url: doc(url, 'Where the document can be read, when known.'),
    retrievedAt: doc(date, 'When the document was retrieved, when known.'),
    document: doc(string, 'File name of the copy this graph was built from.'),
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
type DerivedLabel = (typeof DERIVED_LABELS)[number];

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
  const kebab = (name: string) => snake(name).replaceAll('_', '-');
  const index = (label: string, property: string) => ({
    name: `schema/create-index-${kebab(label)}-${kebab(property)}`,
    text: `CREATE INDEX ${snake(label)}_${snake(property)} IF NOT EXISTS FOR (n:${label}) ON (n.${property})`,
  });
  const indexes = keys.flatMap(({ label, unique, indexed: properties }) => [...(unique && engine === 'embedded' ? ['id'] : []), ...properties].map((property) => index(label, property)));
  const constraints = keys
    .filter(({ unique }) => unique)
    .map(({ label }) => ({ name: `schema/create-unique-constraint-${kebab(label)}-id`, text: `CREATE CONSTRAINT ${snake(label)}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE` }));
  return [...indexes, ...constraints];
}

/** Properties the store keeps itself; a bundle may not set them. */
export const MANAGED_PROPERTIES = ['createdAt', 'updatedAt', 'knownFrom'] as const;

/**
 * The property the store derives on every fact, source and relationship of the graph's labels: the date from which the
 * sources make it known (`asOf` answers count what is known by their date). On a node: the earliest `publishedOn` of
 * the sources that state it (of a source: its own); on a relationship: the earliest date of the bundles that wrote
 * it, a bundle's date being the earliest `publishedOn` of the sources it cites. Absent when only undated sources
 * state it: such a fact is known as of no date (docs/researchers.md).
 */
export const KNOWN_FROM = 'knownFrom';

/**
 * Labels whose nodes an `@asOf` read keeps whatever the date: the indications, a curated vocabulary placed in a
 * curated hierarchy (where a disease sits does not become true on a date). Their `knownFrom` still says when a source
 * first named them.
 */
export const TIMELESS_LABELS: readonly Label[] = ['Indication'];

/** Relationship types an `@asOf` read follows whatever the date: the placement of indications in their hierarchy. */
export const TIMELESS_RELATIONSHIPS: readonly string[] = ['SUBTYPE_OF'];

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
  'ReadoutSeries',
  'Name',
  'Milestone',
  'Disagreement',
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
  GRANTED_TO: { from: ['Designation'], to: ['Company'], properties: { since: string, until: string } },
  SUBTYPE_OF: { from: ['Indication'], to: ['Indication'], properties: {} },
  CLAIMS: { from: ['Company', 'Compound', 'Platform', 'Trial'], to: ['Claim'], properties: {} },
  IN_SERIES: { from: ['Readout'], to: ['ReadoutSeries'], properties: { position: required(integer) } },
  KNOWN_AS: { from: ['Company', 'Compound', 'Trial'], to: ['Name'], properties: {} },
  HAS_MILESTONE: { from: ['Trial'], to: ['Milestone'], properties: {} },
  ISSUED_BY: { from: ['Source'], to: ['Company'], properties: {} },
  VERSION: { from: ['Disagreement'], to: ['Source'], properties: { says: required(string), locators: required(strings) } },
  CONCERNS: { from: ['Disagreement'], to: FACT_LABELS, properties: {} },
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
