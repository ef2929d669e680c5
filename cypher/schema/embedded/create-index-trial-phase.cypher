CREATE INDEX trial_phase IF NOT EXISTS FOR (n:Trial) ON (n.phase)
