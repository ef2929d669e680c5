// The stored programs of each compound of $keys (compound ids): a page per compound, sorted by indication id, of the
// programs after the indication id $after (null for the first page), at most $first of them. Programs are found by
// their indexed compoundId, their compound and indication by indexed ids.
// Read as of $asOf when it is a date (null: the graph as it stands): only what is known by then (knownFrom).
UNWIND $keys AS key
CALL (key) {
  MATCH (p:Program {compoundId: key})
  WHERE ($after IS NULL OR p.indicationId > $after) AND ($asOf IS NULL OR p.knownFrom <= $asOf)
  RETURN p
  ORDER BY p.indicationId
  LIMIT $first
}
MATCH (c:Compound {id: p.compoundId})
MATCH (i:Indication {id: p.indicationId})
RETURN key, p.id AS id, p.stage AS stage, p.historySince AS historySince, p.historyStages AS historyStages, p.historyDesignations AS historyDesignations, c {.*} AS compound, i {.*} AS indication
ORDER BY key, id
