CREATE INDEX trial_id IF NOT EXISTS FOR (n:Trial) ON (n.id)
