-- What several servers on one database must share: who is signed in (by a hash of their cookie's token, never the
-- token), one-time links (by hash, used once), failed sign-ins for the throttle, and background jobs.
-- Times are milliseconds since 1970 (UTC), compared as numbers. SQLite's types.

create table sign_ins (
    token_hash text primary key,
    username   text not null references accounts (username) on delete cascade,
    csrf_token text not null,
    started    integer not null,
    last_seen  integer not null
);
create index sign_ins_of_account on sign_ins (username);

-- purpose: setup, and later invitation, password-reset, intake; subject: whom or what the link is for.
create table one_time_links (
    token_hash text primary key,
    purpose    text not null,
    subject    text not null,
    expires    integer not null
);

-- key: "account:USERNAME" or "address:IP".
create table failed_sign_ins (
    id  integer primary key,
    key text not null,
    at  integer not null
);
create index failed_sign_ins_by_key on failed_sign_ins (key, at);

create table jobs (
    id          integer primary key,
    kind        text not null,
    payload     text not null,
    run_after   integer,          -- none once it has failed for good
    attempts    integer not null default 0,
    leased_by   text,
    lease_until integer,
    last_error  text
);
create index jobs_due on jobs (run_after, id);
