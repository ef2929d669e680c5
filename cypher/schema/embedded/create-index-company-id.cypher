CREATE INDEX company_id IF NOT EXISTS FOR (n:Company) ON (n.id)
