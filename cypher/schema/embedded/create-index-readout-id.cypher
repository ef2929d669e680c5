CREATE INDEX readout_id IF NOT EXISTS FOR (n:Readout) ON (n.id)
