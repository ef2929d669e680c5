// How many programs each compound of $keys (compound ids) has: the indications list-programs-by-compound.cypher
// pages through, counted without loading them.
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
  RETURN count(i) AS totalCount
}
RETURN key, totalCount
