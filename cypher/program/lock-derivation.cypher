// Takes the write lock of the programs' derivation marker for the rest of the transaction, so that two imports on
// Neo4j derive programs and keep their buckets one after the other (the embedded engine runs one writer at a time
// already). Changes nothing.
MATCH (d:Derivation {id: 'programs'})
SET d.version = d.version
RETURN d.version AS version
