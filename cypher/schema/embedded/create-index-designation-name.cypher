CREATE INDEX designation_name IF NOT EXISTS FOR (n:Designation) ON (n.name)
