-- The platform event (message id) that made a turn. Unique per session so that an event delivered
-- twice, or to two instances sharing this database, is applied once. NULLs (terminal turns, the
-- opening) do not collide in H2 or PostgreSQL.
alter table turns add column event_key varchar(200);
create unique index turns_event_key on turns (session_id, event_key);
