// The version of the data, the id and time of the last load, by the marker's indexed id; no row before the first load.
MATCH (d:Derivation {id: 'data'})
RETURN d.version AS version, d.loadId AS loadId, d.loadedAt AS loadedAt
