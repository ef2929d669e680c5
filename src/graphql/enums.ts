import { registerEnumType } from 'type-graphql';
import { ENUMS, type EnumName } from '../store/index.js';

type EnumObject<N extends EnumName> = { [K in (typeof ENUMS)[N][number]]: K };

/** Given an enumeration of the graph schema and its descriptions, registers it as a GraphQL enum and returns its value object. */
function enumObject<N extends EnumName>(name: N, description: string, values: Partial<Record<(typeof ENUMS)[N][number], string>> = {}): EnumObject<N> {
  const object = Object.fromEntries(ENUMS[name].map((value) => [value, value])) as EnumObject<N>;
  const valuesConfig = Object.fromEntries(Object.entries(values).map(([value, text]) => [value, { description: text as string }]));
  registerEnumType(object, { name, description, valuesConfig: valuesConfig as never });
  return object;
}

/** The `Stage` GraphQL enum; its order is `STAGES` of the graph schema. */
export const Stage = enumObject('Stage', 'Development stage, in order from PRECLINICAL to APPROVAL (after Open Targets); WITHDRAWAL and UNKNOWN stand outside the order.', {
  PHASE_1_2: 'A combined Phase 1/2 trial: below PHASE_2, so it does not count as Phase 2.',
  PHASE_2_3: 'A combined Phase 2/3 trial: above PHASE_2, below PHASE_3.',
  UNKNOWN: 'The sources do not give a stage.',
});
/** The `TrialStatus` GraphQL enum. */
export const TrialStatus = enumObject('TrialStatus', 'Recruitment and conduct status of a trial; ONGOING when a source says only that it continues.');
/** The `Modality` GraphQL enum. */
export const Modality = enumObject('Modality', 'What kind of therapeutic a compound is.');
/** The `DevelopmentStatus` GraphQL enum. */
export const DevelopmentStatus = enumObject('DevelopmentStatus', 'Regulatory status of a compound as a whole.');
/** The `IndicationKind` GraphQL enum. */
export const IndicationKind = enumObject('IndicationKind', 'Whether an indication is a disease or a curated grouping of diseases.', {
  GROUPING: 'A curated grouping (e.g. B-cell malignancy) whose subtypes are diseases or narrower groupings.',
});
/** The `DesignationType` GraphQL enum. */
export const DesignationType = enumObject('DesignationType', 'Kind of regulatory designation.');
/** The `Agency` GraphQL enum. */
export const Agency = enumObject('Agency', 'The regulator that grants a designation.');
/** The `DesignationStatus` GraphQL enum. */
export const DesignationStatus = enumObject('DesignationStatus', 'Where a designation stands.');
/** The `Endpoint` GraphQL enum. */
export const Endpoint = enumObject('Endpoint', 'What a readout measures.', {
  RESPONSE_OBSERVED: 'A response was seen; `responseCategory` says which.',
});
/** The `ResponseCategory` GraphQL enum. */
export const ResponseCategory = enumObject('ResponseCategory', 'Category of a tumor response (IMWG-style).');
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
export const Unit = enumObject('Unit', 'Unit of a readout value.');
/** The `ClaimKind` GraphQL enum. */
export const ClaimKind = enumObject('ClaimKind', 'What kind of statement a claim is.');
/** The `Qualifier` GraphQL enum. */
export const Qualifier = enumObject('Qualifier', 'How a quantity relates to the stated number (e.g. MORE_THAN 80).');
/** The `SourceKind` GraphQL enum. */
export const SourceKind = enumObject('SourceKind', 'What kind of document a source is.');
