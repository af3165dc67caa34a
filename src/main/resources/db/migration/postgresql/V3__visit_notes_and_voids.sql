-- A visit without massage (the client came and was referred) is kept as a session with massage = false: its minutes
-- are the visit's, it has no areas or techniques, its pressure is not used, and the progress review leaves it out.
alter table sessions add column massage boolean not null default true;

-- A session or questionnaire taken back stays on file, marked: when, by whom and why (all three or none).
alter table sessions add column voided_on date, add column voided_by text, add column void_reason text,
    add constraint session_void_whole check ((voided_on is null) = (void_reason is null) and (voided_on is null) = (voided_by is null));
alter table measures add column voided_on date, add column voided_by text, add column void_reason text,
    add constraint measure_void_whole check ((voided_on is null) = (void_reason is null) and (voided_on is null) = (voided_by is null));
