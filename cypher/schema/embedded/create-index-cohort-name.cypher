CREATE INDEX cohort_name IF NOT EXISTS FOR (n:Cohort) ON (n.name)
