// The programs of $keys (program ids, compound-id@indication-id) that exist: a trial of the compound studies the
// indication, or its developer names it. The stage is derived as in list-programs.cypher; the compound and the
// indication are found by their indexed ids.
UNWIND $keys AS key
WITH key, split(key, '@') AS parts
MATCH (c:Compound {id: parts[0]}), (i:Indication {id: parts[1]})
WHERE EXISTS { MATCH (c)<-[:EVALUATES]-(:Trial)-[:STUDIES]->(i) } OR EXISTS { MATCH (c)-[:DEVELOPED_FOR]->(i) }
CALL (c, i) {
  OPTIONAL MATCH (t:Trial)-[:EVALUATES]->(c)
  WHERE t.phase IN $stageOrder AND EXISTS { MATCH (t)-[:STUDIES]->(:Indication)-[:SUBTYPE_OF*0..]->(i) }
  RETURN max($ranks[t.phase]) AS rank
}
WITH key, c, i, rank, c.id + '@' + i.id AS id
WITH key, c, i, id, CASE
    WHEN rank IS NOT NULL THEN $stageOrder[rank]
    WHEN c.developmentStatus = 'PRECLINICAL' THEN 'PRECLINICAL'
    ELSE 'UNKNOWN'
  END AS stage
RETURN key, id, stage, c {.*} AS compound, i {.*} AS indication
