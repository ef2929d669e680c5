// The trials behind each program of $keys (program ids, compound-id@indication-id): those evaluating the compound
// in the indication or a subtype of it. A page per program, sorted by name then id, of the trials after $after
// ({ value: name, id }, null for the first page), at most $first of them.
UNWIND $keys AS key
WITH key, split(key, '@') AS parts
MATCH (c:Compound {id: parts[0]}), (i:Indication {id: parts[1]})
CALL (c, i) {
  MATCH (c)<-[:EVALUATES]-(t:Trial)-[:STUDIES]->(:Indication)-[:SUBTYPE_OF*0..]->(i)
  WITH DISTINCT t
  WHERE $after IS NULL OR t.name > $after.value OR (t.name = $after.value AND t.id > $after.id)
  RETURN t
  ORDER BY t.name, t.id
  LIMIT $first
}
RETURN key, t {.*} AS node
ORDER BY key, t.name, t.id
