// The number of stored programs at each stage, as the store keeps them: a dozen rows whatever the number of
// programs. A list by stage alone reads its total here, and how common its stages are.
MATCH (s:ProgramCount)
RETURN s.stage AS stage, s.count AS programs
