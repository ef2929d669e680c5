CREATE INDEX program_indication_id IF NOT EXISTS FOR (n:Program) ON (n.indicationId)
