-- A corrected session or questionnaire names the one it replaces (which stays on file, voided with the reason): the
-- trail from a mistake to its correction.
alter table sessions add column replaces bigint references sessions (id) on delete set null;
alter table measures add column replaces bigint references measures (id) on delete set null;
create index sessions_replaces on sessions (replaces);
create index measures_replaces on measures (replaces);
