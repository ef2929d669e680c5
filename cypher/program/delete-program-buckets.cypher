// Removes the buckets of $keys (bucket ids) that no program names any more.
UNWIND $keys AS key
MATCH (b:ProgramBucket {id: key})
DELETE b
RETURN count(*) AS deleted
