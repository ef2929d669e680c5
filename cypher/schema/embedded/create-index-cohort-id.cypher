CREATE INDEX cohort_id IF NOT EXISTS FOR (n:Cohort) ON (n.id)
