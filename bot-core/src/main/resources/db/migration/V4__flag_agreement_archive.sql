-- Reviewer agreement outlives the sessions it was measured on: when verdicts are deleted (retention,
-- forget-me, `sessions delete`) their counts are kept here per cohort and flag kind, with no session,
-- turn, trainee or reviewer. Rows are appended and summed on read, which needs no upsert syntax.
create table flag_agreement_archive (
    cohort_id   varchar(64)  not null references cohorts (id) on delete cascade,
    flag_kind   varchar(40)  not null,
    agreed      int          not null,
    disagreed   int          not null,
    archived_at timestamp    not null
);

create index flag_agreement_archive_cohort on flag_agreement_archive (cohort_id);
