// The ids of the compounds whose programs a change of the graph can touch: the compounds of $compoundIds, those
// the trials of $trialIds evaluate, those holding the designations of $designationIds, and those with a trial
// studying, or a developer naming, an indication at or below one of $indicationIds (an indication newly placed
// under another).
CALL () {
  UNWIND $compoundIds AS id
  MATCH (c:Compound {id: id})
  RETURN c
  UNION
  UNWIND $trialIds AS id
  MATCH (:Trial {id: id})-[:EVALUATES]->(c:Compound)
  RETURN c
  UNION
  UNWIND $designationIds AS id
  MATCH (:Designation {id: id})<-[:HAS_DESIGNATION]-(c:Compound)
  RETURN c
  UNION
  UNWIND $indicationIds AS id
  MATCH (:Indication {id: id})<-[:SUBTYPE_OF*0..]-(:Indication)<-[:STUDIES]-(:Trial)-[:EVALUATES]->(c:Compound)
  RETURN c
  UNION
  UNWIND $indicationIds AS id
  MATCH (:Indication {id: id})<-[:SUBTYPE_OF*0..]-(:Indication)<-[:DEVELOPED_FOR]-(c:Compound)
  RETURN c
}
RETURN c.id AS id
