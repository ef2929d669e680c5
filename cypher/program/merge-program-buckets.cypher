// Stores each bucket of $rows ({ id, first, last, size }) as the bookkeeping of ingest/programs.ts left it.
UNWIND $rows AS row
MERGE (b:ProgramBucket {id: row.id})
SET b.first = row.first, b.last = row.last, b.size = row.size
RETURN count(b) AS written
