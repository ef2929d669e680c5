// The ids of every compound after $after (null for the first batch), in id order, at most $first: the batches in
// which every program is derived again.
MATCH (c:Compound)
WHERE $after IS NULL OR c.id > $after
RETURN c.id AS id
ORDER BY id
LIMIT $first
