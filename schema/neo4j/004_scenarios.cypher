// 004: saved what-if scenarios. They live beside the plan (label Scenario, not Entity) and never change it.
CREATE CONSTRAINT scenario_id IF NOT EXISTS FOR (s:Scenario) REQUIRE s.id IS UNIQUE;
