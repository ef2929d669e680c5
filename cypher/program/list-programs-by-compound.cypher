// The stored programs of each compound of $keys (compound ids): a page per compound, sorted by indication id, of the
// programs after the indication id $after (null for the first page), at most $first of them. Programs are found by
// their indexed compoundId, their compound and indication by indexed ids.
UNWIND $keys AS key
CALL (key) {
  MATCH (p:Program {compoundId: key})
  WHERE $after IS NULL OR p.indicationId > $after
  RETURN p
  ORDER BY p.indicationId
  LIMIT $first
}
MATCH (c:Compound {id: p.compoundId})
MATCH (i:Indication {id: p.indicationId})
RETURN key, p.id AS id, p.stage AS stage, c {.*} AS compound, i {.*} AS indication
ORDER BY key, id
