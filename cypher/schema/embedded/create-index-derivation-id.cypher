CREATE INDEX derivation_id IF NOT EXISTS FOR (n:Derivation) ON (n.id)
