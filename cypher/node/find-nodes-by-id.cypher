CALL () {
  MATCH (n:Company)
  WHERE n.id IN $ids
  RETURN n, 'Company' AS label
  UNION ALL
  MATCH (n:Compound)
  WHERE n.id IN $ids
  RETURN n, 'Compound' AS label
  UNION ALL
  MATCH (n:Platform)
  WHERE n.id IN $ids
  RETURN n, 'Platform' AS label
  UNION ALL
  MATCH (n:Trial)
  WHERE n.id IN $ids
  RETURN n, 'Trial' AS label
  UNION ALL
  MATCH (n:Cohort)
  WHERE n.id IN $ids
  RETURN n, 'Cohort' AS label
  UNION ALL
  MATCH (n:Indication)
  WHERE n.id IN $ids
  RETURN n, 'Indication' AS label
  UNION ALL
  MATCH (n:Designation)
  WHERE n.id IN $ids
  RETURN n, 'Designation' AS label
  UNION ALL
  MATCH (n:Readout)
  WHERE n.id IN $ids
  RETURN n, 'Readout' AS label
  UNION ALL
  MATCH (n:Claim)
  WHERE n.id IN $ids
  RETURN n, 'Claim' AS label
  UNION ALL
  MATCH (n:Source)
  WHERE n.id IN $ids
  RETURN n, 'Source' AS label
}
RETURN label, n {.*} AS node
