CREATE INDEX platform_id IF NOT EXISTS FOR (n:Platform) ON (n.id)
