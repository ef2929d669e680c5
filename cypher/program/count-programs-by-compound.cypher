// How many stored programs each compound of $keys (compound ids) has: what list-programs-by-compound.cypher pages
// through, counted on the indexed compoundId without loading the programs.
// Read as of $asOf when it is a date (null: the graph as it stands): only what is known by then (knownFrom).
UNWIND $keys AS key
CALL (key) {
  MATCH (p:Program {compoundId: key})
  WHERE $asOf IS NULL OR p.knownFrom <= $asOf
  RETURN count(p) AS totalCount
}
RETURN key, totalCount
