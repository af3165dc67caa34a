-- What several servers on one database must share: who is signed in (by a hash of their cookie's token, never the
-- token), one-time links (by hash, used once), failed sign-ins for the throttle, and background jobs.
-- Times are milliseconds since 1970 (UTC), compared as numbers. PostgreSQL's types.

create table sign_ins (
    token_hash text primary key,
    username   text not null references accounts (username) on delete cascade,
    csrf_token text not null,
    started    bigint not null,
    last_seen  bigint not null
);
create index sign_ins_of_account on sign_ins (username);

-- purpose: setup, and later invitation, password-reset, intake; subject: whom or what the link is for.
create table one_time_links (
    token_hash text primary key,
    purpose    text not null,
    subject    text not null,
    expires    bigint not null
);

-- key: "account:USERNAME" or "address:IP".
create table failed_sign_ins (
    id  bigint generated always as identity primary key,
    key text not null,
    at  bigint not null
);
create index failed_sign_ins_by_key on failed_sign_ins (key, at);

create table jobs (
    id          bigint generated always as identity primary key,
    kind        text not null,
    payload     text not null,
    run_after   bigint,          -- none once it has failed for good
    attempts    integer not null default 0,
    leased_by   text,
    lease_until bigint,
    last_error  text
);
create index jobs_due on jobs (run_after, id);
