CREATE INDEX readout_name IF NOT EXISTS FOR (n:Readout) ON (n.name)
