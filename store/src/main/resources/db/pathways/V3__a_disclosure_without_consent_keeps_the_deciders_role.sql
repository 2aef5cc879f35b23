-- A disclosure without consent keeps the role in which it was decided (issue 17: an override only
-- by a role the agency authorises). The plan document held it; the audit table did not, so "who
-- overrode her consent, and in what role" needed every plan read back. Null for a disclosure under
-- consent, and for records made before roles were recorded.
alter table pathways_disclosures add column decided_as text;
