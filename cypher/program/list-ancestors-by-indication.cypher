// Each indication of $keys (indication ids) with the ids of the indications it falls under: itself, its parents,
// their parents and so on.
UNWIND $keys AS key
MATCH (i:Indication {id: key})-[:SUBTYPE_OF*0..]->(a:Indication)
RETURN key, collect(DISTINCT a.id) AS ancestorIds
