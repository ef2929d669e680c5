// Removes the stored programs of $keys (program ids) that the graph no longer derives.
UNWIND $keys AS key
MATCH (p:Program {id: key})
DELETE p
RETURN count(*) AS deleted
