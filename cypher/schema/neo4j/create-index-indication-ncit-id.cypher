CREATE INDEX indication_ncit_id IF NOT EXISTS FOR (n:Indication) ON (n.ncitId)
