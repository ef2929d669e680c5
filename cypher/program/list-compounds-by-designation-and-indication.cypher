// The ids of the compounds holding a designation of one of $types by one of $agencies for one of $indicationIds:
// what list-compounds-by-designation.cypher finds when the filter also names indications, found from each of those
// indications by its indexed id (a few designations each) instead of from every designation.
UNWIND $indicationIds AS key
MATCH (:Indication {id: key})<-[:FOR_INDICATION]-(d:Designation)
WHERE d.type IN $types
  AND d.agency IN $agencies
MATCH (d)<-[:HAS_DESIGNATION]-(c:Compound)
RETURN collect(DISTINCT c.id) AS ids
