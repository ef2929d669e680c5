import type { Label } from './graph-schema.js';
import type { Ordering, PathStep } from './query-builder.js';

/** A relationship as a field of a label: the path it follows, whether it reaches at most one node, and what it means. */
export interface RelationField {
  path: PathStep[];
  one?: boolean;
  /** The order of its pages when not by name (a trial's cohorts by ordinal); ties by id. */
  orderBy?: Ordering;
  description: string;
}

/**
 * Every relation of each label by the name it reads as from that label (a company's `compounds`, a compound's
 * `developers`), declared once: each is a field of the label's type (a page of the nodes at the path's end, by name,
 * or the one node) and the path its relation filters follow. Fields that reach several labels (`Claim.about`,
 * `Source.citedBy`) or carry a relationship's properties are written in their resolvers.
 */
export const RELATION_FIELDS = {
  Cohort: {
    readouts: { path: [{ type: 'REPORTED', direction: 'OUT', label: 'Readout' }], description: 'Results reported for the cohort, each as of its date; by name.' },
    trial: { path: [{ type: 'HAS_COHORT', direction: 'IN', label: 'Trial' }], one: true, description: 'The trial the cohort belongs to.' },
  },
  Company: {
    compounds: { path: [{ type: 'DEVELOPS', direction: 'OUT', label: 'Compound' }], description: 'Compounds the company develops, by name.' },
    platforms: { path: [{ type: 'OWNS', direction: 'OUT', label: 'Platform' }], description: 'Platforms the company owns, by name.' },
    trials: { path: [{ type: 'SPONSORED_BY', direction: 'IN', label: 'Trial' }], description: 'Trials the company sponsors, by name.' },
    designations: { path: [{ type: 'GRANTED_TO', direction: 'IN', label: 'Designation' }], description: 'Regulatory designations granted to the company, by name.' },
    claims: { path: [{ type: 'CLAIMS', direction: 'OUT', label: 'Claim' }], description: 'Statements sources make about the company (pipeline, outlook ...), by name.' },
    names: { path: [{ type: 'KNOWN_AS', direction: 'OUT', label: 'Name' }], description: 'Names the sources give the company, each with when it was first seen; by name.' },
  },
  Compound: {
    developers: { path: [{ type: 'DEVELOPS', direction: 'IN', label: 'Company' }], description: 'Companies that develop the compound, by name.' },
    platforms: { path: [{ type: 'BUILT_ON', direction: 'OUT', label: 'Platform' }], description: 'Platforms the compound is built on, by name.' },
    trials: { path: [{ type: 'EVALUATES', direction: 'IN', label: 'Trial' }], description: 'Trials that evaluate the compound, by name.' },
    designations: { path: [{ type: 'HAS_DESIGNATION', direction: 'OUT', label: 'Designation' }], description: 'Regulatory designations granted to the compound, by name.' },
    developedFor: { path: [{ type: 'DEVELOPED_FOR', direction: 'OUT', label: 'Indication' }], description: 'Indications the developer names as the target of development (e.g. hematologic malignancies), by name.' },
    claims: { path: [{ type: 'CLAIMS', direction: 'OUT', label: 'Claim' }], description: 'Statements sources make about the compound, by name.' },
    names: { path: [{ type: 'KNOWN_AS', direction: 'OUT', label: 'Name' }], description: 'Names the compound is known by (code names, its nonproprietary name, chemical names), each with when it was first seen; by name.' },
  },
  Designation: {
    grantees: { path: [{ type: 'GRANTED_TO', direction: 'OUT', label: 'Company' }], description: 'Companies the designation was granted to, by name.' },
    compound: { path: [{ type: 'HAS_DESIGNATION', direction: 'IN', label: 'Compound' }], one: true, description: 'The compound that holds the designation.' },
    indication: { path: [{ type: 'FOR_INDICATION', direction: 'OUT', label: 'Indication' }], one: true, description: 'The indication the designation is for.' },
  },
  Indication: {
    ancestors: { path: [{ type: 'SUBTYPE_OF', direction: 'OUT', label: 'Indication', hops: '1..' }], description: 'Every broader indication, at any depth, by name.' },
    children: { path: [{ type: 'SUBTYPE_OF', direction: 'IN', label: 'Indication' }], description: 'Direct subtypes, by name.' },
    descendants: { path: [{ type: 'SUBTYPE_OF', direction: 'IN', label: 'Indication', hops: '1..' }], description: 'Every subtype, at any depth, by name.' },
    trials: { path: [{ type: 'STUDIES', direction: 'IN', label: 'Trial' }], description: 'Trials that study this indication directly, by name.' },
    readouts: { path: [{ type: 'MEASURED_IN', direction: 'IN', label: 'Readout' }], description: 'Readouts measured in this indication directly, comparators included; by name.' },
    targetedBy: { path: [{ type: 'DEVELOPED_FOR', direction: 'IN', label: 'Compound' }], description: 'Compounds whose developer names this indication as a target of development, by name.' },
    designations: { path: [{ type: 'FOR_INDICATION', direction: 'IN', label: 'Designation' }], description: 'Designations granted for this indication directly, by name.' },
    parent: { path: [{ type: 'SUBTYPE_OF', direction: 'OUT', label: 'Indication' }], one: true, description: 'The broader indication this one is a subtype of.' },
  },
  Milestone: {
    trial: { path: [{ type: 'HAS_MILESTONE', direction: 'IN', label: 'Trial' }], one: true, description: 'The trial the milestone is of.' },
  },
  Name: {
    compounds: { path: [{ type: 'KNOWN_AS', direction: 'IN', label: 'Compound' }], description: 'Compounds known by this name, by name.' },
    companies: { path: [{ type: 'KNOWN_AS', direction: 'IN', label: 'Company' }], description: 'Companies known by this name, by name.' },
    trials: { path: [{ type: 'KNOWN_AS', direction: 'IN', label: 'Trial' }], description: 'Trials known by this name, by name.' },
  },
  Platform: {
    owners: { path: [{ type: 'OWNS', direction: 'IN', label: 'Company' }], description: 'Companies that own the platform, by name.' },
    carriers: { path: [{ type: 'USES_CARRIER', direction: 'OUT', label: 'Platform' }], description: 'Carrier platforms this platform uses (e.g. PDC uses the PLE carrier), by name.' },
    carrierOf: { path: [{ type: 'USES_CARRIER', direction: 'IN', label: 'Platform' }], description: 'Platforms that use this one as their carrier, by name.' },
    compounds: { path: [{ type: 'BUILT_ON', direction: 'IN', label: 'Compound' }], description: 'Compounds built on the platform, by name.' },
    claims: { path: [{ type: 'CLAIMS', direction: 'OUT', label: 'Claim' }], description: 'Statements sources make about the platform (evidence, mechanism, pipeline), by name.' },
  },
  Readout: {
    indications: { path: [{ type: 'MEASURED_IN', direction: 'OUT', label: 'Indication' }], description: 'Indications the value was measured in, by name.' },
    comparedBy: { path: [{ type: 'COMPARED_WITH', direction: 'IN', label: 'Readout' }], description: 'For a comparator: the observed readouts a source sets against it, by name.' },
    cohort: { path: [{ type: 'REPORTED', direction: 'IN', label: 'Cohort' }], one: true, description: 'The cohort that reported it, for a cohort readout.' },
    series: { path: [{ type: 'IN_SERIES', direction: 'OUT', label: 'ReadoutSeries' }], one: true, description: 'The series it is a point of: the same measure of the same subject, report after report.' },
  },
  ReadoutSeries: {
    points: {
      path: [{ type: 'IN_SERIES', direction: 'IN', label: 'Readout' }],
      orderBy: { property: 'position', direction: 'ASC', edge: true },
      description: 'Its readouts in the order they were reported (a point without a report date where its source places it); the last is the latest. Nothing is overwritten: each keeps its value, metric, qualifiers, dates and sources.',
    },
  },
  Source: {
    issuer: { path: [{ type: 'ISSUED_BY', direction: 'OUT', label: 'Company' }], one: true, description: 'The company that issued it (its press release, filing or web page); null for third parties.' },
  },
  Trial: {
    cohorts: { path: [{ type: 'HAS_COHORT', direction: 'OUT', label: 'Cohort' }], orderBy: { property: 'ordinal', direction: 'ASC' }, description: 'Cohorts of the trial, in order (by ordinal).' },
    compounds: { path: [{ type: 'EVALUATES', direction: 'OUT', label: 'Compound' }], description: 'Compounds the trial evaluates, by name.' },
    sponsors: { path: [{ type: 'SPONSORED_BY', direction: 'OUT', label: 'Company' }], description: 'Sponsors of the trial, by name.' },
    readouts: { path: [{ type: 'REPORTED', direction: 'OUT', label: 'Readout' }], description: 'Readouts reported for the trial as a whole (cohort readouts are on each cohort), by name.' },
    claims: { path: [{ type: 'CLAIMS', direction: 'OUT', label: 'Claim' }], description: 'Statements sources make about the trial (interpretation, outlook), by name.' },
    names: { path: [{ type: 'KNOWN_AS', direction: 'OUT', label: 'Name' }], description: 'Names the trial goes by (e.g. CLOVER-1), each with when it was first seen; by name.' },
    milestones: { path: [{ type: 'HAS_MILESTONE', direction: 'OUT', label: 'Milestone' }], orderBy: { property: 'on', direction: 'ASC' }, description: 'Its dates and statuses over time, each from its source, by day (those given only as a month or half-year last).' },
  },
} as const satisfies Partial<Record<Label, Record<string, RelationField>>>;

/** Given a relation field, returns the label at the end of its path. */
export function relationTarget(field: RelationField): Label {
  const last = field.path[field.path.length - 1];
  if (!last) throw new Error('a relation field follows at least one step');
  return last.label;
}
