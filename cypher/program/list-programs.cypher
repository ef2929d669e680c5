// Programs: a compound in an indication that a trial of it studies, or that its developer names.
// Stage: the highest phase among the trials evaluating the compound in the indication or a subtype of it.
MATCH (c:Compound)
WHERE $compoundIds IS NULL OR c.id IN $compoundIds
CALL (c) {
  MATCH (c)<-[:EVALUATES]-(:Trial)-[:STUDIES]->(i:Indication)
  RETURN i
  UNION
  MATCH (c)-[:DEVELOPED_FOR]->(i:Indication)
  RETURN i
}
WITH c, i
WHERE ($indicationId IS NULL AND $indicationName IS NULL OR EXISTS {
    MATCH (i)-[:SUBTYPE_OF*0..]->(x:Indication)
    WHERE ($includeSubtypes OR x.id = i.id)
      AND ($indicationId IS NULL OR x.id = $indicationId)
      AND ($indicationName IS NULL OR toLower(x.name) = $indicationName
        OR any(synonym IN coalesce(x.synonyms, []) WHERE toLower(synonym) = $indicationName))
  })
  AND ($designationTypes IS NULL AND $designationAgencies IS NULL OR EXISTS {
    MATCH (c)-[:HAS_DESIGNATION]->(d:Designation)-[:FOR_INDICATION]->(:Indication)<-[:SUBTYPE_OF*0..]-(i)
    WHERE ($designationTypes IS NULL OR d.type IN $designationTypes)
      AND ($designationAgencies IS NULL OR d.agency IN $designationAgencies)
  })
CALL (c, i) {
  OPTIONAL MATCH (t:Trial)-[:EVALUATES]->(c)
  WHERE t.phase IN $stageOrder AND EXISTS { MATCH (t)-[:STUDIES]->(:Indication)-[:SUBTYPE_OF*0..]->(i) }
  RETURN max($ranks[t.phase]) AS rank
}
WITH c, i, rank, c.id + '@' + i.id AS id
WITH c, i, id, CASE
    WHEN rank IS NOT NULL THEN $stageOrder[rank]
    WHEN c.developmentStatus = 'PRECLINICAL' THEN 'PRECLINICAL'
    ELSE 'UNKNOWN'
  END AS stage
WHERE ($stages IS NULL OR stage IN $stages)
  AND ($minRank IS NULL OR ($ranks[stage] IS NOT NULL AND $ranks[stage] >= $minRank))
  AND ($after IS NULL OR id > $after)
RETURN id, stage, c {.*} AS compound, i {.*} AS indication
ORDER BY id
LIMIT $first
