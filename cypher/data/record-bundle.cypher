// Records, in the transaction that loaded it, that the bundle $name was loaded at $loadedAt: when it was loaded first
// and last, its description, and how many node records it holds. `meta` lists what is recorded here.
MERGE (b:Bundle {id: $name})
ON CREATE SET b.firstLoadedAt = $loadedAt
SET b.lastLoadedAt = $loadedAt, b.description = $description, b.nodes = $nodes
RETURN b.id AS id
