CREATE INDEX bundle_id IF NOT EXISTS FOR (n:Bundle) ON (n.id)
