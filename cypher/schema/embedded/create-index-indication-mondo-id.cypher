CREATE INDEX indication_mondo_id IF NOT EXISTS FOR (n:Indication) ON (n.mondoId)
