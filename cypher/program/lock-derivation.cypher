// Takes the write lock of the programs' derivation marker for the rest of the transaction, creating the marker (at
// version 0) in a new store: imports and re-derivations on Neo4j then run one after the other, each seeing what the
// one before it committed (the embedded engine runs one writer at a time anyway). Returns the version of the rule
// the stored programs follow; changes nothing else.
MERGE (d:Derivation {id: 'programs'})
ON CREATE SET d.version = 0
SET d.version = d.version
RETURN d.version AS version
