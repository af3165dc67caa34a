-- What the week planner needs beyond the appointment book: the techniques each therapist is trained in (knowledge
-- base ids, comma-separated) and the weekly times each client can come (written like working hours:
-- 'tue 09:00-12:00; thu 14:00-18:00').

create table therapist_skills (
    therapist  text primary key references accounts (username) on delete cascade,
    techniques text not null
);

create table client_times (
    client_id text primary key references clients (id) on delete cascade,
    times     text not null
);

-- A week the planner proposed, kept until it is accepted: the days, the book as it stood (one line per appointment
-- holding time, to tell a stale proposal), and the sessions it places.
create table week_proposals (
    id         integer primary key,
    first_day  text not null,
    days       integer not null,
    book_state text not null,
    score      text not null,
    made_at    text not null
);

create table week_proposal_sessions (
    proposal_id  integer not null references week_proposals (id) on delete cascade,
    client_id    text not null references clients (id) on delete cascade,
    therapist    text not null,
    room         text,
    starts       text not null,
    minutes      integer not null,
    plan_session integer not null
);
