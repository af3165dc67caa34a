-- Clients and everything on file about them (SQLite). The same tables as postgresql/V1, with SQLite's types:
-- dates are ISO text (YYYY-MM-DD), times ISO-8601 text in UTC, keys are rowids.
-- Every row about a client goes when the client goes (on delete cascade): the right to erasure.

create table clients (
    id            text primary key,
    name          text not null,
    consent_given text not null,
    reference     text not null unique   -- opaque: names the client in the audit log once they are forgotten
);

create table intakes (
    client_id   text not null references clients (id) on delete cascade,
    version     integer not null constraint intake_version_from_1 check (version >= 1),
    recorded    text not null,
    intake_yaml text not null,
    primary key (client_id, version)
);

create table plans (
    client_id         text not null references clients (id) on delete cascade,
    number            integer not null constraint plan_number_from_1 check (number >= 1),
    made              text not null,
    knowledge_version text not null,
    plan_json         text not null,
    primary key (client_id, number)
);

create table sessions (
    id          integer primary key,
    client_id   text not null references clients (id) on delete cascade,
    given_on    text not null,
    therapist   text not null,
    minutes     integer not null constraint session_minutes_above_0 check (minutes > 0),
    pressure    text not null,
    pain_before integer not null constraint pain_before_0_to_10 check (pain_before between 0 and 10),
    pain_after  integer not null constraint pain_after_0_to_10 check (pain_after between 0 and 10),
    subjective  text not null,
    objective   text not null,
    assessment  text not null,
    plan        text not null
);
create index sessions_of_client on sessions (client_id, given_on);

create table session_areas (
    session_id integer not null references sessions (id) on delete cascade,
    ordinal    integer not null,
    region     text not null,
    minutes    integer not null constraint area_minutes_above_0 check (minutes > 0),
    primary key (session_id, ordinal)
);

create table session_techniques (
    session_id integer not null references sessions (id) on delete cascade,
    ordinal    integer not null,
    technique  text not null,
    primary key (session_id, ordinal)
);

create table session_after_effects (
    session_id integer not null references sessions (id) on delete cascade,
    ordinal    integer not null,
    effect     text not null,
    primary key (session_id, ordinal)
);

create table session_feedback (
    session_id integer not null references sessions (id) on delete cascade,
    ordinal    integer not null,
    technique  text not null,
    worked     integer not null constraint worked_is_0_or_1 check (worked in (0, 1)),
    primary key (session_id, ordinal)
);

create table measures (
    id         integer primary key,
    client_id  text not null references clients (id) on delete cascade,
    instrument text not null,
    taken_on   text not null,
    answers    text not null
);
create index measures_of_client on measures (client_id, taken_on);

-- Who did what, when: never a name or health data, only the client's opaque reference.
create table audit_log (
    id               integer primary key,
    at               text not null,
    actor            text not null,
    action           text not null,
    client_reference text not null
);
