-- A proposal and a week being planned are named by their number on the web, in the API and to `schedule accept`, so a
-- number must never come back for another one once its own is gone. PostgreSQL's identity columns never give a
-- number twice; SQLite's migration of this version makes its keys AUTOINCREMENT to the same end. Said here too:
comment on column week_proposals.id is 'never reused: a page or a script naming a proposal gone finds nothing';
comment on column week_solves.id is 'never reused: a page or a script naming a plan gone finds nothing';
