CREATE INDEX program_compound_id IF NOT EXISTS FOR (n:Program) ON (n.compoundId)
