// The indications a program filter covers: `ids`, those with id $id, or whose name or a synonym is $name
// (lower-case), and, when $includeSubtypes, every indication below them; and `coveringIds`, those ids plus every
// indication above the matched ones: where a designation must be for to cover a program in one of `ids`. Resolved
// once per request, so that the program list and count match stored programs by their indexed ids.
MATCH (x:Indication)
WHERE ($id IS NULL OR x.id = $id)
  AND ($name IS NULL OR toLower(x.name) = $name OR any(synonym IN coalesce(x.synonyms, []) WHERE toLower(synonym) = $name))
CALL (x) {
  MATCH (x)<-[:SUBTYPE_OF*0..]-(i:Indication)
  WHERE $includeSubtypes OR i.id = x.id
  RETURN collect(DISTINCT i.id) AS below
}
CALL (x) {
  MATCH (x)-[:SUBTYPE_OF*0..]->(a:Indication)
  RETURN collect(DISTINCT a.id) AS above
}
WITH collect(below) AS belows, collect(above) AS aboves
WITH reduce(merged = [], list IN belows | merged + list) AS below, reduce(merged = [], list IN aboves | merged + list) AS above
RETURN below AS ids, below + above AS coveringIds
