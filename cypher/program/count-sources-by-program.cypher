// How many sources list-sources-by-program.cypher pages through for each program of $keys, without loading them.
UNWIND $keys AS key
WITH key, split(key, '@') AS parts
MATCH (c:Compound {id: parts[0]}), (i:Indication {id: parts[1]})
CALL (c, i) {
  CALL (c, i) {
    MATCH (c)<-[:EVALUATES]-(f:Trial)-[:STUDIES]->(:Indication)-[:SUBTYPE_OF*0..]->(i)
    RETURN f
    UNION
    MATCH (c)-[:HAS_DESIGNATION]->(f:Designation)-[:FOR_INDICATION]->(:Indication)<-[:SUBTYPE_OF*0..]-(i)
    RETURN f
  }
  MATCH (f)-[:SUPPORTED_BY]->(s:Source)
  RETURN count(DISTINCT s) AS totalCount
}
RETURN key, totalCount
