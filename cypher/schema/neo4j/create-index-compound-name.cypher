CREATE INDEX compound_name IF NOT EXISTS FOR (n:Compound) ON (n.name)
