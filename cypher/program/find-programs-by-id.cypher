// The stored programs of $keys (program ids, compound-id@indication-id) that exist, with their compound and
// indication; every node is found by its indexed id.
// Read as of $asOf when it is a date (null: the graph as it stands): only what is known by then (knownFrom).
UNWIND $keys AS key
MATCH (p:Program {id: key})
WHERE $asOf IS NULL OR p.knownFrom <= $asOf
MATCH (c:Compound {id: p.compoundId})
MATCH (i:Indication {id: p.indicationId})
RETURN key, p.id AS id, p.stage AS stage, p.historySince AS historySince, p.historyStages AS historyStages, p.historyDesignations AS historyDesignations, c {.*} AS compound, i {.*} AS indication
