-- A visit without massage (the client came and was referred) is kept as a session with massage = 0: its minutes
-- are the visit's, it has no areas or techniques, its pressure is not used, and the progress review leaves it out.
alter table sessions add column massage integer not null default 1 constraint massage_is_0_or_1 check (massage in (0, 1));

-- A session or questionnaire taken back stays on file, marked: when, by whom and why (all three or none).
alter table sessions add column voided_on text;
alter table sessions add column voided_by text;
alter table sessions add column void_reason text;
alter table measures add column voided_on text;
alter table measures add column voided_by text;
alter table measures add column void_reason text;
