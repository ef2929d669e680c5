// Every indication's id, name and synonyms, at most $limit by name: the candidates a hint picks the closest from when a
// filter names no indication. Read only then; one scan of the Indication label.
MATCH (i:Indication)
RETURN i.id AS id, i.name AS name, coalesce(i.synonyms, []) AS synonyms
ORDER BY name
LIMIT $limit
