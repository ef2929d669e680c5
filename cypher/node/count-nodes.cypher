// Nodes of this graph's labels: a database shared with other data still counts as empty for seeding.
MATCH (n)
WHERE any(label IN labels(n) WHERE label IN $labels)
RETURN count(n) AS nodes
