CREATE INDEX program_stage IF NOT EXISTS FOR (n:Program) ON (n.stage)
