-- Clients and everything on file about them (PostgreSQL). The same tables as sqlite/V1, with PostgreSQL types.
-- Every row about a client goes when the client goes (on delete cascade): the right to erasure.

create table clients (
    id            text primary key,
    name          text not null,
    consent_given date not null,
    reference     text not null unique   -- opaque: names the client in the audit log once they are forgotten
);

create table intakes (
    client_id   text not null references clients (id) on delete cascade,
    version     integer not null constraint intake_version_from_1 check (version >= 1),
    recorded    date not null,
    intake_yaml text not null,
    primary key (client_id, version)
);

create table plans (
    client_id         text not null references clients (id) on delete cascade,
    number            integer not null constraint plan_number_from_1 check (number >= 1),
    made              date not null,
    knowledge_version text not null,
    plan_json         text not null,
    primary key (client_id, number)
);

create table sessions (
    id          bigint generated always as identity primary key,
    client_id   text not null references clients (id) on delete cascade,
    given_on    date not null,
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
    session_id bigint not null references sessions (id) on delete cascade,
    ordinal    integer not null,
    region     text not null,
    minutes    integer not null constraint area_minutes_above_0 check (minutes > 0),
    primary key (session_id, ordinal)
);

create table session_techniques (
    session_id bigint not null references sessions (id) on delete cascade,
    ordinal    integer not null,
    technique  text not null,
    primary key (session_id, ordinal)
);

create table session_after_effects (
    session_id bigint not null references sessions (id) on delete cascade,
    ordinal    integer not null,
    effect     text not null,
    primary key (session_id, ordinal)
);

create table session_feedback (
    session_id bigint not null references sessions (id) on delete cascade,
    ordinal    integer not null,
    technique  text not null,
    worked     boolean not null,
    primary key (session_id, ordinal)
);

create table measures (
    id         bigint generated always as identity primary key,
    client_id  text not null references clients (id) on delete cascade,
    instrument text not null,
    taken_on   date not null,
    answers    text not null
);
create index measures_of_client on measures (client_id, taken_on);

-- Who did what, when: never a name or health data, only the client's opaque reference.
create table audit_log (
    id               bigint generated always as identity primary key,
    at               timestamptz not null,
    actor            text not null,
    action           text not null,
    client_reference text not null
);
