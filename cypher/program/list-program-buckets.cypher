// Every program bucket: a run of stored programs, consecutive in id order, between the ids `first` and `last`; `size`
// programs name it in their indexed `bucket`. Buckets are a few hundredths of the programs.
MATCH (b:ProgramBucket)
RETURN b.id AS id, b.first AS first, b.last AS last, b.size AS size
ORDER BY first
