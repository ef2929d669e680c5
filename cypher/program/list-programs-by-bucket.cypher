// The ids of the stored programs in each bucket of $keys (bucket ids), found by their indexed bucket.
UNWIND $keys AS key
MATCH (p:Program {bucket: key})
RETURN key, p.id AS id
