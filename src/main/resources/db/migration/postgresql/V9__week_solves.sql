-- The planner's reasons kept with each proposal (one line each, in order), so that any server can show them, and the
-- sessions it could not place with the reason.
alter table week_proposal_sessions add column why text not null default '';

create table week_proposal_unplanned (
    proposal_id  bigint not null references week_proposals (id) on delete cascade,
    client_id    text not null references clients (id) on delete cascade,
    plan_session integer not null,
    reason       text not null
);

-- A week being planned in the background ("Plan next week"): one per week at a time. A server claims it by inserting
-- the row (the unique first day refuses a second one) and holds it until lease_until; a row still 'solving' after its
-- lease belongs to a server that went away. proposal_id is the best proposal so far, kept like the CLI keeps one.
create table week_solves (
    id          bigint generated always as identity primary key,
    first_day   date not null unique,
    days        integer not null,
    seconds     integer not null,
    started_by  text not null,
    started_at  text not null,
    lease_until text not null,
    state       text not null check (state in ('solving', 'done', 'failed')),
    proposal_id bigint references week_proposals (id) on delete set null,
    failure     text
);
