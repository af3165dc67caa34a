-- Who signs in, which therapist cares for which client, the homework clients log, and a version number on each
-- client that every write about them bumps (so that two people editing the same client notice). SQLite's types.

alter table clients add column version integer not null default 1;

create table accounts (
    username      text primary key,
    name          text not null,
    role          text not null constraint role_is_admin_therapist_or_client check (role in ('admin', 'therapist', 'client')),
    password_hash text not null,
    client_id     text references clients (id) on delete cascade,
    created       text not null,
    constraint only_a_client_account_names_a_client check ((role = 'client') = (client_id is not null))
);
create index accounts_of_client on accounts (client_id);

-- At most one therapist cares for a client.
create table care_assignments (
    client_id text primary key references clients (id) on delete cascade,
    therapist text not null references accounts (username)
);
create index caseloads on care_assignments (therapist);

create table homework_log (
    id        integer primary key,
    client_id text not null references clients (id) on delete cascade,
    done_on   text not null,
    exercise  text not null,
    note      text not null
);
create index homework_of_client on homework_log (client_id, done_on);

create index audit_log_by_time on audit_log (at, id);
