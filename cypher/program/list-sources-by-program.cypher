// The citations of each program of $keys (program ids, compound-id@indication-id): the sources of its trials and
// designations (as list-trials-by-program.cypher and list-designations-by-program.cypher find them), one row per
// source with the locator lists of every fact that cites it, trials first, each kind by name then id. A page per
// program, sorted by source name then id, of the sources after $after ({ value: name, id }, null for the first
// page), at most $first of them.
// Read as of $asOf when it is a date (null: the graph as it stands): only what is known by then (knownFrom).
UNWIND $keys AS key
WITH key, split(key, '@') AS parts
MATCH (c:Compound {id: parts[0]}), (i:Indication {id: parts[1]})
CALL (c, i) {
  CALL (c, i) {
    MATCH (c)<-[e:EVALUATES]-(f:Trial)-[r:STUDIES]->(:Indication)-[:SUBTYPE_OF*0..]->(i)
    WHERE $asOf IS NULL OR (f.knownFrom <= $asOf AND e.knownFrom <= $asOf AND r.knownFrom <= $asOf)
    RETURN f, 0 AS kind
    UNION
    MATCH (c)-[h:HAS_DESIGNATION]->(f:Designation)-[fo:FOR_INDICATION]->(:Indication)<-[:SUBTYPE_OF*0..]-(i)
    WHERE $asOf IS NULL OR (f.knownFrom <= $asOf AND h.knownFrom <= $asOf AND fo.knownFrom <= $asOf)
    RETURN f, 1 AS kind
  }
  MATCH (f)-[cites:SUPPORTED_BY]->(s:Source)
  WHERE $asOf IS NULL OR s.knownFrom <= $asOf
  WITH s, cites, kind, f
  ORDER BY kind, f.name, f.id
  WITH s, collect(cites.locators) AS locators
  WHERE $after IS NULL OR s.name > $after.value OR (s.name = $after.value AND s.id > $after.id)
  RETURN s, locators
  ORDER BY s.name, s.id
  LIMIT $first
}
RETURN key, s {.*} AS node, locators
ORDER BY key, s.name, s.id
