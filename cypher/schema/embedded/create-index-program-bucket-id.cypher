CREATE INDEX program_bucket_id IF NOT EXISTS FOR (n:ProgramBucket) ON (n.id)
