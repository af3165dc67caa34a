-- A visit without massage (the client came and was referred) is kept as a session with massage = 0: its minutes
-- are the visit's, it has no areas or techniques, its pressure is not used, and the progress review leaves it out.
alter table sessions add column massage integer not null default 1 constraint massage_is_0_or_1 check (massage in (0, 1));
