-- A late entry keeps both times: when a disclosure was made or a conference sat, and when it was
-- recorded (issue 11: a disclosure dated before a revocation but recorded after it must be visible
-- to the audit). Null for a record entered as it happened.
alter table pathways_disclosures add column recorded_at timestamptz;
alter table pathways_conferences add column recorded_at timestamptz;
