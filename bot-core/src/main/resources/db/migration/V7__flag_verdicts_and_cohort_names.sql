-- Reviewers judge each flag on its own (agree, disagree or not sure) and add the flags the tool missed;
-- cohorts are addressed by name, unique per community (workspace, server) whatever the case.
-- Portable between H2 and PostgreSQL. (V6 is the inbox's.)
alter table flag_verdicts add column verdict varchar(12);
update flag_verdicts set verdict = case when agrees then 'AGREE' else 'DISAGREE' end;
alter table flag_verdicts alter column verdict set not null;
alter table flag_verdicts drop column agrees;

create table missed_flags (
    session_id  varchar(64)  not null references sessions (id) on delete cascade,
    turn        int          not null,
    flag_kind   varchar(40)  not null,
    reviewer_id varchar(200) not null,
    note        varchar      not null,
    created_at  timestamp    not null,
    primary key (session_id, turn, flag_kind, reviewer_id)
);

-- Archived counts stay counts only: no session, turn, trainee or reviewer.
alter table flag_agreement_archive add column unsure int default 0 not null;
alter table flag_agreement_archive add column added int default 0 not null;

-- name_key is the name as compared (lower case). Cohorts that already share a name in a community keep
-- theirs; all but the oldest get their id in the key, so they are still found by id and the rest by name.
alter table cohorts add column name_key varchar(300);
update cohorts set name_key = lower(name);
update cohorts set name_key = name_key || ' ' || id where exists (
    select 1 from cohorts o where o.community = cohorts.community and o.name_key = cohorts.name_key
    and (o.created_at < cohorts.created_at or (o.created_at = cohorts.created_at and o.id < cohorts.id)));
alter table cohorts alter column name_key set not null;
create unique index cohorts_name_per_community on cohorts (community, name_key);
