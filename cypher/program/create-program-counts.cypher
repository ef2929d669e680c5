// Counts the stored programs by stage from scratch (after every program was derived again).
MATCH (p:Program)
WITH p.stage AS stage, count(p) AS programs
CREATE (s:ProgramCount {stage: stage, count: programs})
RETURN count(s) AS written
