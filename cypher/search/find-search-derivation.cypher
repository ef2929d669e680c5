// The version of the rule the stored search terms follow, by the marker's indexed id; no row before the first derivation.
MATCH (d:Derivation {id: 'search'})
RETURN d.version AS version
