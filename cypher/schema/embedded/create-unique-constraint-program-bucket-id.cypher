CREATE CONSTRAINT program_bucket_id_unique IF NOT EXISTS FOR (n:ProgramBucket) REQUIRE n.id IS UNIQUE
