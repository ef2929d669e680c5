CREATE INDEX platform_name IF NOT EXISTS FOR (n:Platform) ON (n.name)
