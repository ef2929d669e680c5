// The designations that cover each program ($keys are program ids, compound-id@indication-id): the compound's
// designations for the indication or for a broader indication it is a subtype of.
UNWIND $keys AS key
WITH key, split(key, '@') AS parts
MATCH (c:Compound {id: parts[0]})-[:HAS_DESIGNATION]->(d:Designation)-[:FOR_INDICATION]->(:Indication)<-[:SUBTYPE_OF*0..]-(i:Indication {id: parts[1]})
WITH DISTINCT key, d
RETURN key, d {.*} AS node
ORDER BY key, node.name
