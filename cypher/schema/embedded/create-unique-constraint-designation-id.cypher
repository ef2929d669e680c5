CREATE CONSTRAINT designation_id_unique IF NOT EXISTS FOR (n:Designation) REQUIRE n.id IS UNIQUE
