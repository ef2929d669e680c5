CREATE INDEX trial_name IF NOT EXISTS FOR (n:Trial) ON (n.name)
