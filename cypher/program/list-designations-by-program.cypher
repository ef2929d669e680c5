// The designations that cover each program of $keys (program ids, compound-id@indication-id): the compound's
// designations for the indication or for a broader indication it is a subtype of. A page per program, sorted by
// name then id, of the designations after $after ({ value: name, id }, null for the first page), at most $first.
UNWIND $keys AS key
WITH key, split(key, '@') AS parts
MATCH (c:Compound {id: parts[0]}), (i:Indication {id: parts[1]})
CALL (c, i) {
  MATCH (c)-[:HAS_DESIGNATION]->(d:Designation)-[:FOR_INDICATION]->(:Indication)<-[:SUBTYPE_OF*0..]-(i)
  WITH DISTINCT d
  WHERE $after IS NULL OR d.name > $after.value OR (d.name = $after.value AND d.id > $after.id)
  RETURN d
  ORDER BY d.name, d.id
  LIMIT $first
}
RETURN key, d {.*} AS node
ORDER BY key, d.name, d.id
