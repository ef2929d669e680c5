CREATE INDEX indication_doid IF NOT EXISTS FOR (n:Indication) ON (n.doid)
