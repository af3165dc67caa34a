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
