// Forgets the per-stage program counts, before they are counted again from the stored programs.
MATCH (s:ProgramCount)
DELETE s
RETURN count(*) AS deleted
