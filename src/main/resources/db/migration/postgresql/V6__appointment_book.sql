-- The appointment book: the clinic's settings, each therapist's working week, rooms, and appointments with their
-- moves. Times of appointments are the clinic's local date-time (a timestamp without time zone) with the zone beside them.
-- PostgreSQL's types.

create table clinic_settings (
    id               integer primary key constraint one_row_of_settings check (id = 1),
    zone             text not null,
    turnover_minutes integer not null constraint turnover_0_to_120_minutes check (turnover_minutes between 0 and 120),
    notice_minutes   integer not null constraint notice_0_to_14_days check (notice_minutes between 0 and 20160)
);

create table working_weeks (
    therapist text primary key references accounts (username) on delete cascade,
    usual     text not null
);

create table days_off (
    id        bigint generated always as identity primary key,
    therapist text not null references accounts (username) on delete cascade,
    first_day date not null,
    last_day  date not null
);

create table extra_days (
    therapist text not null references accounts (username) on delete cascade,
    day       date not null,
    hours     text not null,
    primary key (therapist, day)
);

create table rooms (
    name      text primary key,
    equipment text not null
);

create table appointments (
    id            bigint generated always as identity primary key,
    client_id     text not null references clients (id) on delete cascade,
    therapist     text not null references accounts (username),
    room          text references rooms (name),
    starts        timestamp not null,
    zone          text not null,
    minutes       integer not null constraint minutes_10_to_240 check (minutes between 10 and 240),
    status        text not null constraint status_is_known
                  check (status in ('booked', 'arrived', 'attended', 'cancelled', 'no-show')),
    plan_session  integer,
    techniques    text not null,
    cautions      text not null,
    cancelled_by  text,
    cancelled_at  timestamptz,
    cancel_reason text,
    late          boolean,
    needs_review  boolean not null default false,
    booked_at     timestamptz not null
);
create index appointments_by_start on appointments (starts);
create index appointments_of_client on appointments (client_id, starts);
create index appointments_of_therapist on appointments (therapist, starts);

create table appointment_moves (
    appointment_id bigint not null references appointments (id) on delete cascade,
    moved_from     timestamp not null,
    moved_to       timestamp not null,
    moved_by       text not null,
    moved_at       timestamptz not null
);
create index moves_of_appointment on appointment_moves (appointment_id);
