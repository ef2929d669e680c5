// How many designations list-designations-by-program.cypher pages through for each program of $keys, without
// loading them.
UNWIND $keys AS key
WITH key, split(key, '@') AS parts
MATCH (c:Compound {id: parts[0]}), (i:Indication {id: parts[1]})
CALL (c, i) {
  MATCH (c)-[:HAS_DESIGNATION]->(d:Designation)-[:FOR_INDICATION]->(:Indication)<-[:SUBTYPE_OF*0..]-(i)
  RETURN count(DISTINCT d) AS totalCount
}
RETURN key, totalCount
