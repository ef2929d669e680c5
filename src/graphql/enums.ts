import { registerEnumType } from 'type-graphql';
import { ENUMS, type EnumName, STAGE_ORDER } from '../store/index.js';

type EnumObject<N extends EnumName> = { [K in (typeof ENUMS)[N][number]]: K };

/**
 * Given an enumeration of the graph schema, its description and one for every value (the type requires them all),
 * registers it as a GraphQL enum, its values in the schema's order, and returns its value object.
 */
function enumObject<N extends EnumName>(name: N, description: string, values: Record<(typeof ENUMS)[N][number], string>): EnumObject<N> {
  const object = Object.fromEntries(ENUMS[name].map((value) => [value, value])) as EnumObject<N>;
  const valuesConfig = Object.fromEntries(Object.entries(values).map(([value, text]) => [value, { description: text as string }]));
  registerEnumType(object, { name, description, valuesConfig: valuesConfig as never });
  registered.set(name, object);
  return object;
}

const registered = new Map<EnumName, object>();

/** Given the name of one of the graph schema's enumerations, returns its registered GraphQL enum. */
export function graphqlEnum(name: EnumName): object {
  const object = registered.get(name);
  if (!object) throw new Error(`the enumeration ${name} is not registered as a GraphQL enum`);
  return object;
}

export { STAGE_ORDER };

/** The `Stage` GraphQL enum; its order is `STAGES` of the graph schema. */
export const Stage = enumObject('Stage', `Development stage, in the order ${STAGE_ORDER} (after Open Targets); WITHDRAWAL and UNKNOWN stand outside the order.`, {
  PRECLINICAL: 'Studied in the laboratory or in animals; no trial in people yet.',
  IND: 'An investigational new drug application (or its equivalent) is filed or in effect; no trial in people reported yet.',
  EARLY_PHASE_1: 'An exploratory first-in-human study with very small doses (Phase 0).',
  PHASE_1: 'Phase 1: safety and dose finding, usually in a few dozen people.',
  PHASE_1_2: 'A combined Phase 1/2 trial: below PHASE_2, so it does not count as Phase 2.',
  PHASE_2: 'Phase 2: activity and safety at the chosen dose in the target disease.',
  PHASE_2_3: 'A combined Phase 2/3 trial: above PHASE_2, below PHASE_3.',
  PHASE_3: 'Phase 3: confirmation of efficacy, usually against a standard treatment, to support approval.',
  PREAPPROVAL: 'A marketing application is filed and under review.',
  APPROVAL: 'Approved for marketing by at least one regulator.',
  WITHDRAWAL: 'Withdrawn from the market after approval (as Open Targets uses it); outside the order.',
  UNKNOWN: 'The sources do not give a stage; outside the order.',
});
/** The `TrialStatus` GraphQL enum. */
export const TrialStatus = enumObject('TrialStatus', 'Recruitment and conduct status of a trial; ONGOING when a source says only that it continues.', {
  NOT_YET_RECRUITING: 'Registered, not yet enrolling.',
  RECRUITING: 'Enrolling participants.',
  ACTIVE_NOT_RECRUITING: 'Treating or following participants, no longer enrolling.',
  ONGOING: 'A source says the trial continues, without saying whether it enrolls.',
  COMPLETED: 'Ended as planned.',
  SUSPENDED: 'Stopped for now; may resume.',
  TERMINATED: 'Stopped early for good.',
  WITHDRAWN: 'Stopped before enrolling anyone.',
  UNKNOWN: 'The sources do not give a status.',
});
/** The `Modality` GraphQL enum. */
export const Modality = enumObject('Modality', 'What kind of therapeutic a compound is.', {
  PHOSPHOLIPID_DRUG_CONJUGATE: 'A phospholipid ether carrier bound to a payload (a drug or a radioisotope) that tumour cells take up.',
  RADIOCONJUGATE: 'A targeting molecule carrying a radioactive isotope that irradiates the cells it reaches.',
  ANTIBODY_DRUG_CONJUGATE: 'An antibody bound to a cytotoxic drug.',
  SMALL_MOLECULE: 'A small chemical drug.',
  ANTIBODY: 'A monoclonal antibody.',
  CELL_THERAPY: 'Living cells given as treatment (e.g. CAR-T).',
  OTHER: 'Another kind of therapeutic.',
});
/** The `DevelopmentStatus` GraphQL enum. */
export const DevelopmentStatus = enumObject('DevelopmentStatus', 'Regulatory status of a compound as a whole.', {
  PRECLINICAL: 'Not yet given to people.',
  INVESTIGATIONAL: 'In clinical trials; not approved anywhere.',
  APPROVED: 'Approved for marketing by at least one regulator.',
  DISCONTINUED: 'No longer developed.',
  WITHDRAWN: 'Taken off the market after approval.',
});
/** The `IndicationKind` GraphQL enum. */
export const IndicationKind = enumObject('IndicationKind', 'Whether an indication is a disease or a curated grouping of diseases.', {
  DISEASE: 'A disease, which may have narrower diseases as subtypes.',
  GROUPING: 'A curated grouping (e.g. B-cell malignancy) whose subtypes are diseases or narrower groupings.',
});
/** The `DesignationType` GraphQL enum. */
export const DesignationType = enumObject('DesignationType', 'Kind of regulatory designation.', {
  ORPHAN_DRUG: 'For a rare disease (in the US fewer than 200,000 people; in the EU at most 5 in 10,000); brings incentives such as market exclusivity.',
  FAST_TRACK: 'FDA: for a serious condition with an unmet need; more frequent meetings and rolling review.',
  BREAKTHROUGH_THERAPY: 'FDA: early clinical evidence of substantial improvement over available therapy; intensive guidance.',
  RARE_PEDIATRIC_DISEASE: 'FDA: for a serious, rare disease mainly of children; may bring a priority review voucher at approval.',
  PRIORITY_REVIEW: 'A marketing application reviewed on a shorter timeline.',
  ACCELERATED_APPROVAL: 'Approval on a surrogate endpoint, with confirmatory trials required.',
  PRIME: 'EMA PRIority MEdicines: enhanced support for a medicine that may address an unmet need.',
});
/** The `Agency` GraphQL enum. */
export const Agency = enumObject('Agency', 'The regulator that grants a designation.', {
  FDA: 'US Food and Drug Administration.',
  EMA: 'European Medicines Agency (with the European Commission, which decides on its opinions).',
  PMDA: 'Japan’s Pharmaceuticals and Medical Devices Agency, which reviews; its Ministry of Health, Labour and Welfare grants.',
  MHRA: 'UK Medicines and Healthcare products Regulatory Agency.',
  NMPA: 'China’s National Medical Products Administration.',
});
/** The `DesignationStatus` GraphQL enum. */
export const DesignationStatus = enumObject('DesignationStatus', 'Where a designation stands.', {
  GRANTED: 'Granted and in force.',
  PENDING: 'Requested; not decided yet.',
  DENIED: 'Requested and refused.',
  REVOKED: 'Granted, then taken back by the regulator.',
  WITHDRAWN: 'Granted or requested, then given up by its holder.',
});
/** The `Endpoint` GraphQL enum. */
export const Endpoint = enumObject('Endpoint', 'What a readout measures.', {
  MEDIAN_OVERALL_SURVIVAL: 'Median time from the start of treatment to death from any cause.',
  OVERALL_SURVIVAL: 'Time from the start of treatment to death from any cause, summarised as `statistic` says; `statistic` is null where the source does not say, or says both (an “average” in one place, a “median” in another).',
  MEDIAN_SURVIVAL: 'A median survival the source labels otherwise than overall survival (e.g. “post treatment median survival”), even where it calls it overall survival elsewhere; `metric` gives its words.',
  MEDIAN_PROGRESSION_FREE_SURVIVAL: 'Median time from the start of treatment to progression or death.',
  PROGRESSION_FREE_SURVIVAL: 'Time from the start of treatment to progression or death, as the `statistic` the source gives (e.g. an average).',
  OVERALL_RESPONSE_RATE: 'Share of patients with a response as the source’s criteria count one: usually a partial response or better; in Waldenström’s macroglobulinemia, a minor response or better.',
  COMPLETE_RESPONSE_RATE: 'Share of patients with a complete response as the source defines it; `metric` gives its words, which may change between reports.',
  CLINICAL_BENEFIT_RATE: 'Share of patients with a clinical benefit, as the source counts it.',
  MAJOR_RESPONSE_RATE: 'Share of patients with a major response (in Waldenström’s macroglobulinemia, an IgM reduction of 50% or more), as the source defines it.',
  DISEASE_CONTROL_RATE: 'Share of patients whose disease did not progress (a response or stable disease), as the source counts it.',
  TUMOR_REDUCTION: 'How much the tumour burden shrank, in one patient or as a range; `metric` says how the source measured it.',
  ADVERSE_EVENTS: 'A measure of adverse events (a rate, an average grade or count); `metric` says which.',
  RESPONSE_OBSERVED: 'A response was seen; `responseCategory` says which.',
});
/** The `ResponseCategory` GraphQL enum. */
export const ResponseCategory = enumObject('ResponseCategory', 'Category of a tumor response (IMWG-style).', {
  COMPLETE_RESPONSE: 'Complete response by the source’s criteria (in myeloma, IMWG: negative immunofixation and under 5% plasma cells in the marrow).',
  VERY_GOOD_PARTIAL_RESPONSE: 'A reduction of the disease marker by 90% or more (IMWG).',
  PARTIAL_RESPONSE: 'A reduction of the disease marker by 50% or more (IMWG).',
  MINIMAL_RESPONSE: 'A reduction of the disease marker by 25% to 49% (IMWG).',
  STABLE_DISEASE: 'Neither a response nor progression.',
  PROGRESSIVE_DISEASE: 'The disease grew.',
});
/** The `Maturity` GraphQL enum. */
export const Maturity = enumObject('Maturity', 'Whether a readout can still change.', {
  ONGOING: 'The trial continues: a median may still rise as the data mature.',
  FINAL: 'The analysis is closed.',
});
/** The `ReadoutKind` GraphQL enum. */
export const ReadoutKind = enumObject('ReadoutKind', 'Whose result a readout is.', {
  OBSERVED: 'Observed in a trial or cohort of the compound.',
  COMPARATOR: 'A benchmark from other therapies that a source compares with (not head-to-head unless stated).',
});
/** The `Unit` GraphQL enum. */
export const Unit = enumObject('Unit', 'Unit of a readout value.', {
  MONTHS: 'Months.',
  DAYS: 'Days.',
  PERCENT: 'Per cent of the patients counted.',
  PATIENTS: 'A number of patients.',
});
/** The `Statistic` GraphQL enum. */
export const Statistic = enumObject('Statistic', 'Which summary of the patients’ values a readout is.', {
  MEDIAN: 'The median.',
  AVERAGE: 'The average (mean), as the source says “average”.',
});
/** The `ClaimKind` GraphQL enum. */
export const ClaimKind = enumObject('ClaimKind', 'What kind of statement a claim is.', {
  MECHANISM: 'How the compound or platform works.',
  EVIDENCE: 'What was observed in people.',
  PRECLINICAL_EVIDENCE: 'What was observed in the laboratory or in animals.',
  POTENTIAL_BENEFIT: 'A benefit the source expects, not yet shown.',
  INTERPRETATION: 'What the source makes of results.',
  PIPELINE: 'What the developer plans to study or develop.',
  OUTLOOK: 'A forward-looking statement about timing or prospects.',
});
/** The `Qualifier` GraphQL enum. */
export const Qualifier = enumObject('Qualifier', 'How a quantity relates to the stated number (e.g. MORE_THAN 80).', {
  EXACTLY: 'The number as stated.',
  MORE_THAN: 'More than the number.',
  LESS_THAN: 'Less than the number.',
  APPROXIMATELY: 'About the number.',
});
/** The `NameKind` GraphQL enum. */
export const NameKind = enumObject('NameKind', 'What kind of name a name is.', {
  CODE_NAME: 'A developer’s code name, e.g. CLR 131 or I-131-CLR1404.',
  NONPROPRIETARY_NAME: 'A nonproprietary (INN-style) name, e.g. iopofosine I 131.',
  CHEMICAL_NAME: 'A chemical name, as the source prints it.',
  TRIAL_NAME: 'A trial’s name or acronym, e.g. CLOVER-1.',
  OTHER: 'Any other name.',
});
/** The `MilestoneKind` GraphQL enum. */
export const MilestoneKind = enumObject('MilestoneKind', 'What a trial milestone records.', {
  FIRST_POSTED: 'The registry record was first posted.',
  STUDY_START: 'The first participant was enrolled.',
  STATUS: 'The status a record showed (`status`), as of the source’s date.',
  ENROLLMENT: 'How many participants were enrolled or planned (`count`).',
  PRIMARY_COMPLETION: 'The last participant’s data for the primary outcome were, or are expected to be, collected.',
  STUDY_COMPLETION: 'The study ended, or is expected to end.',
  LAST_UPDATE: 'The registry record was last updated or verified.',
});
/** The `DisagreementKind` GraphQL enum. */
export const DisagreementKind = enumObject('DisagreementKind', 'How sources differ about a fact.', {
  CONTRADICTION: 'The sources cannot all be right.',
  DEFINITION: 'The same words stand for different things, or a definition changed between reports.',
  WORDING: 'Different words for what may be one thing.',
  REVISION: 'A later source moves a date, a status or a scope an earlier one gave.',
});
/** The `SourceKind` GraphQL enum. */
export const SourceKind = enumObject('SourceKind', 'What kind of document a source is.', {
  PRESS_RELEASE: 'A company press release.',
  PUBLICATION: 'A journal article, congress abstract or poster.',
  REGISTRY: 'A trial registry record (e.g. ClinicalTrials.gov).',
  REGULATORY: 'A regulator’s record or decision, or a filing with one.',
  NEWS_REPORT: 'A news item reporting on the program (secondary unless it republishes the company’s words).',
  COMPANY_WEBPAGE: 'A page of the company’s website, undated unless it says otherwise.',
  PATIENT_ORGANIZATION: 'A patient organisation’s news or digest.',
  PARTNER: 'Data given by a partner.',
});
