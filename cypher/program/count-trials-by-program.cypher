// How many trials list-trials-by-program.cypher pages through for each program of $keys, without loading them.
// Read as of $asOf when it is a date (null: the graph as it stands): only what is known by then (knownFrom).
UNWIND $keys AS key
WITH key, split(key, '@') AS parts
MATCH (c:Compound {id: parts[0]}), (i:Indication {id: parts[1]})
CALL (c, i) {
  MATCH (c)<-[e:EVALUATES]-(t:Trial)-[r:STUDIES]->(:Indication)-[:SUBTYPE_OF*0..]->(i)
  WHERE $asOf IS NULL OR (t.knownFrom <= $asOf AND e.knownFrom <= $asOf AND r.knownFrom <= $asOf)
  RETURN count(DISTINCT t) AS totalCount
}
RETURN key, totalCount
