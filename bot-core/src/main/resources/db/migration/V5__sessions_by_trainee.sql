-- "/practice end" in a channel finds the person's open session there without a table scan; the
-- same index serves the sessions a person owns (export, forget-me).
create index sessions_trainee on sessions (trainee_id, platform, channel);
