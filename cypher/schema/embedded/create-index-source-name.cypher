CREATE INDEX source_name IF NOT EXISTS FOR (n:Source) ON (n.name)
