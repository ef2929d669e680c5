// What the programs of each compound of $keys (compound ids) derive from, one row per fact: each indication a trial
// of the compound studies, with the trial's phase; each indication its developer names; each indication a
// designation of the compound is for, with the designation's agency and type. A compound with none of these has no
// row. Each compound is found by its indexed id and every hop leaves from it.
UNWIND $keys AS key
MATCH (c:Compound {id: key})
CALL (c) {
  MATCH (c)<-[:EVALUATES]-(t:Trial)-[:STUDIES]->(s:Indication)
  RETURN 'TRIAL' AS kind, t.phase AS value, s.id AS indicationId
  UNION ALL
  MATCH (c)-[:DEVELOPED_FOR]->(s:Indication)
  RETURN 'DEVELOPED_FOR' AS kind, null AS value, s.id AS indicationId
  UNION ALL
  MATCH (c)-[:HAS_DESIGNATION]->(d:Designation)-[:FOR_INDICATION]->(s:Indication)
  RETURN 'DESIGNATION' AS kind, d.agency + ':' + d.type AS value, s.id AS indicationId
}
RETURN key, c.developmentStatus AS developmentStatus, kind, value, indicationId
