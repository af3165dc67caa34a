-- Reaching the client (SQLite's types): contact details, the clinic's own details for mails, calendar feeds kept by
-- a hash of their token, and intakes clients fill in before a visit, kept as drafts until a therapist accepts them.
-- Mails wait in the jobs table (the outbox). Every row about a client goes when the client goes.

create table client_contacts (
    client_id     text primary key references clients (id) on delete cascade,
    email         text,
    phone         text,
    reminders_off text,   -- the day they asked for no reminders
    bounced       text    -- the day mail to the address bounced for good
);

-- One row: what mails and the self-booking page show of the clinic, whether clients may book themselves, and how
-- many hours before an appointment the reminder goes (and a second one, if any).
create table clinic_profile (
    id           integer primary key constraint one_row_of_profile check (id = 1),
    name         text not null,
    address      text not null,
    phone        text not null,
    self_booking integer not null default 0,
    reminder_hours        integer not null default 24 constraint reminder_1_to_336_hours check (reminder_hours between 1 and 336),
    second_reminder_hours integer constraint second_reminder_1_to_336_hours check (second_reminder_hours between 1 and 336)
);

-- Where a staff member's password reset link goes (a client's address is their contact's).
create table account_emails (
    username text primary key references accounts (username) on delete cascade,
    email    text not null
);

-- A feed is a therapist's or a client's, never both.
create table calendar_feeds (
    token_hash text primary key,
    therapist  text unique references accounts (username) on delete cascade,
    client_id  text unique references clients (id) on delete cascade,
    created    integer not null,
    constraint feed_of_one_owner check ((therapist is null) <> (client_id is null))
);

create table intake_drafts (
    id            integer primary key,
    client_id     text not null references clients (id) on delete cascade,
    consent_given text not null,
    received      integer not null,
    intake_yaml   text not null
);
create index intake_drafts_of_client on intake_drafts (client_id);
