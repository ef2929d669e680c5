// The ids of the indications a program filter covers: the indications with id $id, or whose name or a synonym is
// $name (lower-case), and, when $includeSubtypes, every indication below them. Resolved once per request, so that
// the program list and count match stored programs by their indexed indicationId.
MATCH (x:Indication)
WHERE ($id IS NULL OR x.id = $id)
  AND ($name IS NULL OR toLower(x.name) = $name OR any(synonym IN coalesce(x.synonyms, []) WHERE toLower(synonym) = $name))
MATCH (x)<-[:SUBTYPE_OF*0..]-(i:Indication)
WHERE $includeSubtypes OR i.id = x.id
RETURN collect(DISTINCT i.id) AS ids
