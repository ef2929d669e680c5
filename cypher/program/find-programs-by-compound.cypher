// The stored programs of each compound of $keys (compound ids), found through the indexed compoundId.
UNWIND $keys AS key
MATCH (p:Program {compoundId: key})
RETURN key, p {.*} AS program
