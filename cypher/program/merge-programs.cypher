// Stores each program of $rows ({ id, compoundId, indicationId, stage, designations }) as its derivation gives it:
// created when new, its derived properties replaced when it exists.
UNWIND $rows AS row
MERGE (p:Program {id: row.id})
SET p.compoundId = row.compoundId,
  p.indicationId = row.indicationId,
  p.stage = row.stage,
  p.designations = row.designations
RETURN count(p) AS written
