// The programs of each compound of $keys (compound ids): a page per compound, sorted by indication id, of the
// programs after the indication id $after (null for the first page), at most $first of them. The indications and
// the stage are derived as in list-programs.cypher; each compound is found by its indexed id.
UNWIND $keys AS key
MATCH (c:Compound {id: key})
CALL (c) {
  CALL (c) {
    MATCH (c)<-[:EVALUATES]-(:Trial)-[:STUDIES]->(i:Indication)
    RETURN i
    UNION
    MATCH (c)-[:DEVELOPED_FOR]->(i:Indication)
    RETURN i
  }
  WITH i
  WHERE $after IS NULL OR i.id > $after
  RETURN i
  ORDER BY i.id
  LIMIT $first
}
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
ORDER BY key, id
