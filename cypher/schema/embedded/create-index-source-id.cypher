CREATE INDEX source_id IF NOT EXISTS FOR (n:Source) ON (n.id)
