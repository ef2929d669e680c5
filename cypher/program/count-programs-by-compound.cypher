// How many stored programs each compound of $keys (compound ids) has: what list-programs-by-compound.cypher pages
// through, counted on the indexed compoundId without loading the programs.
UNWIND $keys AS key
CALL (key) {
  MATCH (p:Program {compoundId: key})
  RETURN count(p) AS totalCount
}
RETURN key, totalCount
