CREATE INDEX claim_id IF NOT EXISTS FOR (n:Claim) ON (n.id)
