-- An account the admin deactivated can no longer sign in, and its open sessions stop working; it stays on file
-- (audit entries name it) and can be activated again. PostgreSQL's types.

alter table accounts add column active boolean not null default true;
