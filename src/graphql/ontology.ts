import { ONTOLOGIES } from '../store/index.js';
import { BadUserInputError } from './errors.js';

export { XREF_PROPERTIES, xrefsOf } from '../store/index.js';

/**
 * Given a CURIE (the prefix in any case), returns the property and stored value to look it up by, or throws
 * BAD_USER_INPUT naming the argument and the prefixes understood.
 */
export function parseXref(curie: string, argument = 'xref'): { property: string; value: string } {
  // A CURIE, or the underscore spelling some sources use (MONDO_0009693, as Open Targets writes it).
  const match = /^([A-Za-z]+)[:_](.+)$/.exec(curie.trim());
  const ontology = match ? ONTOLOGIES.find(({ prefix }) => prefix === match[1]?.toUpperCase()) : undefined;
  const local = match?.[2] ?? '';
  if (!ontology || !ontology.local.test(local)) {
    throw new BadUserInputError(
      `${JSON.stringify(curie)} is not a cross-reference this API knows: give a CURIE such as NCIT:C3242, MONDO:0009693, EFO:0001378 or DOID:9538.`,
      argument,
    );
  }
  return { property: ontology.property, value: ontology.stored(local) };
}
