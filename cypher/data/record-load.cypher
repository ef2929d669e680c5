// Records, in the transaction that changed the graph, that data was loaded: the data version goes up by one, and
// the load gets a random id ($loadId) and its time. Servers key their cached answers by the load id, which never
// comes back even when the counter does (a wiped or restored database), and count the labels again when it moves.
MERGE (d:Derivation {id: 'data'})
ON CREATE SET d.version = 0
SET d.version = d.version + 1, d.loadId = $loadId, d.loadedAt = $loadedAt
RETURN d.version AS version
