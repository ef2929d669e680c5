CREATE INDEX compound_id IF NOT EXISTS FOR (n:Compound) ON (n.id)
