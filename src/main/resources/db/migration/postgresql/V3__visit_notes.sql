-- A visit without massage (the client came and was referred) is kept as a session with massage = false: its minutes
-- are the visit's, it has no areas or techniques, its pressure is not used, and the progress review leaves it out.
alter table sessions add column massage boolean not null default true;
