CREATE INDEX indication_name IF NOT EXISTS FOR (n:Indication) ON (n.name)
