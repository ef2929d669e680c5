// The indications a program filter covers: `ids`, those with id $id, whose name or a synonym is $name (lower-case),
// and whose cross-reference is the one given ($ncitId, $mondoId, $efoId or $doid, as stored), all that are given
// holding, and, when $includeSubtypes, every indication below them; and `coveringIds`, every indication at or above
// one of `ids` (an indication may have several parents): where a designation must be for to cover a program in one
// of `ids`. Resolved once per request, so that the program list and count match stored programs by their indexed ids.
MATCH (x:Indication)
WHERE ($id IS NULL OR x.id = $id)
  AND ($name IS NULL OR toLower(x.name) = $name OR any(synonym IN coalesce(x.synonyms, []) WHERE toLower(synonym) = $name))
  AND ($ncitId IS NULL OR x.ncitId = $ncitId)
  AND ($mondoId IS NULL OR x.mondoId = $mondoId)
  AND ($efoId IS NULL OR x.efoId = $efoId)
  AND ($doid IS NULL OR x.doid = $doid)
MATCH (x)<-[:SUBTYPE_OF*0..]-(i:Indication)
WHERE $includeSubtypes OR i.id = x.id
MATCH (i)-[:SUBTYPE_OF*0..]->(a:Indication)
RETURN collect(DISTINCT i.id) AS ids, collect(DISTINCT a.id) AS coveringIds
