// Records that the derived data $id (e.g. 'programs') now follows version $version of its rule.
MERGE (d:Derivation {id: $id})
SET d.version = $version
RETURN d.version AS version
