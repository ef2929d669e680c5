// The ids of the compounds holding a designation of one of $types by one of $agencies (null: any type, any agency):
// the only compounds whose programs a designation filter can keep. Designations are few beside programs, so the
// program list and count then start from these compounds' programs, found by their indexed compoundId. With an
// indication filter too, list-compounds-by-designation-and-indication.cypher starts from the indications instead.
MATCH (d:Designation)
WHERE ($types IS NULL OR d.type IN $types)
  AND ($agencies IS NULL OR d.agency IN $agencies)
MATCH (d)-[:FOR_INDICATION]->(:Indication)
MATCH (d)<-[:HAS_DESIGNATION]-(c:Compound)
RETURN collect(DISTINCT c.id) AS ids
