// The trials behind each program of $keys (program ids, compound-id@indication-id): those evaluating the compound
// in the indication or a subtype of it. A page per program, sorted by name then id, of the trials after $after
// ({ value: name, id }, null for the first page), at most $first of them.
// Read as of $asOf when it is a date (null: the graph as it stands): only what is known by then (knownFrom).
UNWIND $keys AS key
WITH key, split(key, '@') AS parts
MATCH (c:Compound {id: parts[0]}), (i:Indication {id: parts[1]})
CALL (c, i) {
  MATCH (c)<-[e:EVALUATES]-(t:Trial)-[r:STUDIES]->(:Indication)-[:SUBTYPE_OF*0..]->(i)
  WHERE $asOf IS NULL OR (t.knownFrom <= $asOf AND e.knownFrom <= $asOf AND r.knownFrom <= $asOf)
  WITH DISTINCT t
  WHERE $after IS NULL OR t.name > $after.value OR (t.name = $after.value AND t.id > $after.id)
  RETURN t
  ORDER BY t.name, t.id
  LIMIT $first
}
RETURN key, t {.*} AS node
ORDER BY key, t.name, t.id
