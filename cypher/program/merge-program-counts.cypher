// Adds each change of $rows ({ stage, delta }) to the number of stored programs at that stage, so that a count of
// programs by stage alone reads a dozen nodes instead of every program.
UNWIND $rows AS row
MERGE (s:ProgramCount {stage: row.stage})
SET s.count = coalesce(s.count, 0) + row.delta
RETURN count(s) AS written
