// Of the subtype links $rows ({ from, to }: indication ids), those the graph already holds.
UNWIND $rows AS row
MATCH (:Indication {id: row.from})-[:SUBTYPE_OF]->(:Indication {id: row.to})
RETURN row.from AS from, row.to AS to
