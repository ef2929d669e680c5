// What the programs of each compound of $keys (compound ids) derive from, one row per fact: each indication a trial
// of the compound studies, with the trial's phase; each indication its developer names; each indication a
// designation of the compound is for, with the designation's agency and type. A compound with none of these has no
// row. Each compound is found by its indexed id and every hop leaves from it. `dates` lists the knownFrom of the
// compound and of every other node and relationship the fact rests on, the indication aside (a timeless label); a
// null among them makes it a fact only undated sources state.
UNWIND $keys AS key
MATCH (c:Compound {id: key})
CALL (c) {
  MATCH (c)<-[e:EVALUATES]-(t:Trial)-[r:STUDIES]->(s:Indication)
  RETURN 'TRIAL' AS kind, t.phase AS value, s.id AS indicationId, [c.knownFrom, t.knownFrom, e.knownFrom, r.knownFrom] AS dates
  UNION ALL
  MATCH (c)-[r:DEVELOPED_FOR]->(s:Indication)
  RETURN 'DEVELOPED_FOR' AS kind, null AS value, s.id AS indicationId, [c.knownFrom, r.knownFrom] AS dates
  UNION ALL
  MATCH (c)-[h:HAS_DESIGNATION]->(d:Designation)-[r:FOR_INDICATION]->(s:Indication)
  RETURN 'DESIGNATION' AS kind, d.agency + ':' + d.type AS value, s.id AS indicationId, [c.knownFrom, d.knownFrom, h.knownFrom, r.knownFrom] AS dates
}
RETURN key, c.developmentStatus AS developmentStatus, kind, value, indicationId, dates
