// Moves each stored program of $rows ({ id, bucket }) to the bucket a split gave it.
UNWIND $rows AS row
MATCH (p:Program {id: row.id})
SET p.bucket = row.bucket
RETURN count(p) AS moved
