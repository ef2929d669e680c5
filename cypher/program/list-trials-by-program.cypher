// The trials behind each program ($keys are program ids, compound-id@indication-id): those evaluating the
// compound in the indication or a subtype of it.
UNWIND $keys AS key
WITH key, split(key, '@') AS parts
MATCH (c:Compound {id: parts[0]})<-[:EVALUATES]-(t:Trial)-[:STUDIES]->(:Indication)-[:SUBTYPE_OF*0..]->(i:Indication {id: parts[1]})
WITH DISTINCT key, t
RETURN key, t {.*} AS node
ORDER BY key, node.name
