CREATE INDEX indication_efo_id IF NOT EXISTS FOR (n:Indication) ON (n.efoId)
