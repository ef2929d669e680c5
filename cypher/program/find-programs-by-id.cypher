// The stored programs of $keys (program ids, compound-id@indication-id) that exist, with their compound and
// indication; every node is found by its indexed id.
UNWIND $keys AS key
MATCH (p:Program {id: key})
MATCH (c:Compound {id: p.compoundId})
MATCH (i:Indication {id: p.indicationId})
RETURN key, p.id AS id, p.stage AS stage, c {.*} AS compound, i {.*} AS indication
