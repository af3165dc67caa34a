-- A corrected session or questionnaire names the one it replaces (which stays on file, voided with the reason): the
-- trail from a mistake to its correction.
alter table sessions add column replaces integer references sessions (id) on delete set null;
alter table measures add column replaces integer references measures (id) on delete set null;
