// The version of the rule the stored derived data $id (e.g. 'programs') was last derived with, if any.
MATCH (d:Derivation {id: $id})
RETURN d.version AS version
