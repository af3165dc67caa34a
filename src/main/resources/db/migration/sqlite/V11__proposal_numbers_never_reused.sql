-- A proposal and a week being planned are named by their number on the web, in the API and to `schedule accept`, so a
-- number must never come back for another one once its own is gone: a page left open on plan 1 would accept the
-- next week's plan 1. SQLite reuses the highest rowid after a delete unless the key is AUTOINCREMENT, so the four
-- tables are made again with it, their rows kept (the next number follows the highest kept).
create table week_proposals_again (
    id         integer primary key autoincrement,
    first_day  text not null,
    days       integer not null,
    book_state text not null,
    score      text not null,
    made_at    text not null
);
insert into week_proposals_again (id, first_day, days, book_state, score, made_at)
    select id, first_day, days, book_state, score, made_at from week_proposals;

create table week_proposal_sessions_again (
    proposal_id  integer not null references week_proposals_again (id) on delete cascade,
    client_id    text not null references clients (id) on delete cascade,
    therapist    text not null,
    room         text,
    starts       text not null,
    minutes      integer not null,
    plan_session integer not null,
    why          text not null default ''
);
insert into week_proposal_sessions_again (proposal_id, client_id, therapist, room, starts, minutes, plan_session, why)
    select proposal_id, client_id, therapist, room, starts, minutes, plan_session, why from week_proposal_sessions;

create table week_proposal_unplanned_again (
    proposal_id  integer not null references week_proposals_again (id) on delete cascade,
    client_id    text not null references clients (id) on delete cascade,
    plan_session integer not null,
    reason       text not null
);
insert into week_proposal_unplanned_again (proposal_id, client_id, plan_session, reason)
    select proposal_id, client_id, plan_session, reason from week_proposal_unplanned;

create table week_solves_again (
    id          integer primary key autoincrement,
    first_day   text not null unique,
    days        integer not null,
    seconds     integer not null,
    started_by  text not null,
    started_at  text not null,
    lease_until text not null,
    state       text not null check (state in ('solving', 'done', 'failed')),
    proposal_id integer references week_proposals_again (id) on delete set null,
    failure     text
);
insert into week_solves_again (id, first_day, days, seconds, started_by, started_at, lease_until, state, proposal_id, failure)
    select id, first_day, days, seconds, started_by, started_at, lease_until, state, proposal_id, failure from week_solves;

drop table week_solves;
drop table week_proposal_unplanned;
drop table week_proposal_sessions;
drop table week_proposals;
-- renaming the parent renames the children's references to it as well
alter table week_proposals_again rename to week_proposals;
alter table week_proposal_sessions_again rename to week_proposal_sessions;
alter table week_proposal_unplanned_again rename to week_proposal_unplanned;
alter table week_solves_again rename to week_solves;
