CREATE INDEX claim_name IF NOT EXISTS FOR (n:Claim) ON (n.name)
