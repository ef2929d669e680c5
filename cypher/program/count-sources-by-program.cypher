// How many sources list-sources-by-program.cypher pages through for each program of $keys, without loading them.
// Read as of $asOf when it is a date (null: the graph as it stands): only what is known by then (knownFrom).
UNWIND $keys AS key
WITH key, split(key, '@') AS parts
MATCH (c:Compound {id: parts[0]}), (i:Indication {id: parts[1]})
CALL (c, i) {
  CALL (c, i) {
    MATCH (c)<-[e:EVALUATES]-(f:Trial)-[r:STUDIES]->(:Indication)-[:SUBTYPE_OF*0..]->(i)
    WHERE $asOf IS NULL OR (f.knownFrom <= $asOf AND e.knownFrom <= $asOf AND r.knownFrom <= $asOf)
    RETURN f
    UNION
    MATCH (c)-[h:HAS_DESIGNATION]->(f:Designation)-[fo:FOR_INDICATION]->(:Indication)<-[:SUBTYPE_OF*0..]-(i)
    WHERE $asOf IS NULL OR (f.knownFrom <= $asOf AND h.knownFrom <= $asOf AND fo.knownFrom <= $asOf)
    RETURN f
  }
  MATCH (f)-[:SUPPORTED_BY]->(s:Source)
  WHERE $asOf IS NULL OR s.knownFrom <= $asOf
  RETURN count(DISTINCT s) AS totalCount
}
RETURN key, totalCount
