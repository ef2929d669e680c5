// Every bundle loaded, the most recently loaded first: at most one node per bundle file, found by label.
MATCH (b:Bundle)
RETURN b.id AS name, b.description AS description, b.firstLoadedAt AS firstLoadedAt, b.lastLoadedAt AS lastLoadedAt, b.nodes AS nodes
ORDER BY lastLoadedAt DESC, name
