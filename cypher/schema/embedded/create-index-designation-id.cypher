CREATE INDEX designation_id IF NOT EXISTS FOR (n:Designation) ON (n.id)
