// Stores each program of $rows ({ id, compoundId, indicationId, stage, designations, knownFrom, historySince,
// historyStages, historyDesignations, bucket }) as its derivation
// gives it: created when new, its derived properties replaced when it exists. `bucket` is null for a program that
// keeps its bucket.
UNWIND $rows AS row
MERGE (p:Program {id: row.id})
SET p.compoundId = row.compoundId,
  p.indicationId = row.indicationId,
  p.stage = row.stage,
  p.designations = row.designations,
  p.knownFrom = row.knownFrom,
  p.historySince = row.historySince,
  p.historyStages = row.historyStages,
  p.historyDesignations = row.historyDesignations,
  p.bucket = coalesce(row.bucket, p.bucket)
RETURN count(p) AS written
