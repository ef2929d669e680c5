CREATE CONSTRAINT indication_id_unique IF NOT EXISTS FOR (n:Indication) REQUIRE n.id IS UNIQUE
