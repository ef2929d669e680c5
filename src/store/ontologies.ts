/**
 * The ontologies an indication's cross-references come from: the CURIE prefix, the property holding the id, the
 * shape of a local id, and the id as the property stores it (each ontology's own spelling: C3242, MONDO:0009693,
 * EFO_0001378, DOID:9538).
 */
export const ONTOLOGIES = [
  { prefix: 'NCIT', property: 'ncitId', local: /^C\d+$/, stored: (local: string) => local },
  { prefix: 'MONDO', property: 'mondoId', local: /^\d{7}$/, stored: (local: string) => `MONDO:${local}` },
  { prefix: 'EFO', property: 'efoId', local: /^\d{7}$/, stored: (local: string) => `EFO_${local}` },
  { prefix: 'DOID', property: 'doid', local: /^\d+$/, stored: (local: string) => `DOID:${local}` },
] as const;

/** Given a stored id and its ontology, returns the local part: C3242, 0009693, 0001378, 9538. */
function localOf(stored: string): string {
  return stored.replace(/^(NCIT|MONDO|EFO|DOID)[:_]/i, '');
}

/** Given an indication, returns its cross-references as CURIEs (NCIT:C3242, MONDO:0009693, EFO:0001378, DOID:9538). */
export function xrefsOf(indication: Record<string, unknown>): string[] {
  return ONTOLOGIES.flatMap(({ prefix, property }) => {
    const stored = indication[property];
    return typeof stored === 'string' ? [`${prefix}:${localOf(stored)}`] : [];
  });
}

/** The properties that hold cross-references, one per ontology. */
export const XREF_PROPERTIES = ONTOLOGIES.map(({ property }) => property);
