CREATE INDEX program_bucket IF NOT EXISTS FOR (n:Program) ON (n.bucket)
