// The designations that cover each program of $keys (program ids, compound-id@indication-id): the compound's
// designations for the indication or for a broader indication it is a subtype of. A page per program, sorted by
// name then id, of the designations after $after ({ value: name, id }, null for the first page), at most $first.
// Read as of $asOf when it is a date (null: the graph as it stands): only what is known by then (knownFrom).
UNWIND $keys AS key
WITH key, split(key, '@') AS parts
MATCH (c:Compound {id: parts[0]}), (i:Indication {id: parts[1]})
CALL (c, i) {
  MATCH (c)-[h:HAS_DESIGNATION]->(d:Designation)-[r:FOR_INDICATION]->(:Indication)<-[:SUBTYPE_OF*0..]-(i)
  WHERE $asOf IS NULL OR (d.knownFrom <= $asOf AND h.knownFrom <= $asOf AND r.knownFrom <= $asOf)
  WITH DISTINCT d
  WHERE $after IS NULL OR d.name > $after.value OR (d.name = $after.value AND d.id > $after.id)
  RETURN d
  ORDER BY d.name, d.id
  LIMIT $first
}
RETURN key, d {.*} AS node
ORDER BY key, d.name, d.id
