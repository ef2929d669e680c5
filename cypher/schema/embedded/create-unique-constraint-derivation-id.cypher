CREATE CONSTRAINT derivation_id_unique IF NOT EXISTS FOR (n:Derivation) REQUIRE n.id IS UNIQUE
