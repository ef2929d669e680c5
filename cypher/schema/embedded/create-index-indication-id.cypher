CREATE INDEX indication_id IF NOT EXISTS FOR (n:Indication) ON (n.id)
