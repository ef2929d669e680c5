CREATE INDEX program_id IF NOT EXISTS FOR (n:Program) ON (n.id)
