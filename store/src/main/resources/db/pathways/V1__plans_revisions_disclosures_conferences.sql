-- Pathways store, schema 1. Every table is prefixed pathways_ so that it can live in an agency's own
-- database beside its case system. The plan documents are the library's wire format, as jsonb; the
-- other columns hold identifiers, codes and times only, never a person's words (see docs/store.md).

-- One row per plan: its current revision. The row is the lock every save takes (SELECT ... FOR UPDATE).
create table pathways_plans (
    plan_id         text        primary key,
    agency          text,
    person_id       text        not null,
    latest_revision integer     not null check (latest_revision >= 1),
    latest_author   text        not null,
    latest_at       timestamptz not null
);
create index pathways_plans_agency on pathways_plans (agency, plan_id);
create index pathways_plans_person on pathways_plans (person_id);

-- Every revision of every plan, append-only: a save inserts one row and never updates or deletes one.
-- Only erasure deletes, and then every row of the plan.
create table pathways_revisions (
    plan_id        text        not null references pathways_plans (plan_id) on delete cascade,
    revision       integer     not null check (revision >= 1),
    author         text        not null,
    made_at        timestamptz not null,
    person_present boolean     not null,
    saved_at       timestamptz not null default now(),
    plan           jsonb       not null,
    primary key (plan_id, revision)
);

-- The disclosure log, queryable: what an organisation received about a person, when, under which grants.
create table pathways_disclosures (
    plan_id        text        not null references pathways_plans (plan_id) on delete cascade,
    disclosure_id  text        not null,
    person_id      text        not null,
    recipient_kind text        not null,
    recipient_id   text        not null,
    purpose        text        not null,
    categories     text[]      not null,
    basis          text        not null,
    grants         text[]      not null,
    disclosed_at   timestamptz not null,
    disclosed_by   text        not null,
    decided_by     text,
    person_told_at timestamptz,
    revision       integer     not null,
    primary key (plan_id, disclosure_id)
);
create index pathways_disclosures_recipient on pathways_disclosures (recipient_id, person_id, disclosed_at);
create index pathways_disclosures_person on pathways_disclosures (person_id, disclosed_at);

-- The case conferences where the plan was discussed: when, which organisations, what they heard.
create table pathways_conferences (
    plan_id       text        not null references pathways_plans (plan_id) on delete cascade,
    conference_id text        not null,
    person_id     text        not null,
    held_at       timestamptz not null,
    table_id      text,
    organisations text[]      not null,
    shares        text[]      not null,
    attendance    text        not null,
    revision      integer     not null,
    primary key (plan_id, conference_id)
);
create index pathways_conferences_person on pathways_conferences (person_id, held_at);

-- What was erased, when, by whom and why: identifiers and codes only, so that an erasure can be
-- proven without keeping anything of the person.
create table pathways_erasures (
    plan_id   text        primary key,
    agency    text,
    erased_at timestamptz not null,
    erased_by text        not null,
    reason    text        not null check (reason in ('request', 'retention')),
    revisions integer     not null
);
