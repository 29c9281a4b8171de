-- Cohorts, their members and assigned scenarios, and expert review of finished sessions.
-- Portable between H2 and PostgreSQL. Rows that belong to a session go with it (retention, forget-me).
create table cohorts (
    id          varchar(64)  primary key,
    name        varchar(200) not null,
    community   varchar(200) not null,
    created_by  varchar(200) not null,
    created_at  timestamp    not null
);

create table cohort_members (
    cohort_id   varchar(64)  not null references cohorts (id) on delete cascade,
    member_id   varchar(200) not null,
    member_name varchar(200) not null,
    role        varchar(20)  not null,
    primary key (cohort_id, member_id, role)
);

create index cohort_members_member on cohort_members (member_id);

create table cohort_scenarios (
    cohort_id   varchar(64)  not null references cohorts (id) on delete cascade,
    position    int          not null,
    scenario_id varchar(100) not null,
    primary key (cohort_id, position)
);

create table cohort_sessions (
    session_id  varchar(64)  primary key references sessions (id) on delete cascade,
    cohort_id   varchar(64)  not null references cohorts (id) on delete cascade
);

create table reviews (
    session_id   varchar(64)  primary key references sessions (id) on delete cascade,
    cohort_id    varchar(64)  not null references cohorts (id) on delete cascade,
    status       varchar(20)  not null,
    reviewer_id  varchar(200),
    summary      varchar,
    queued_at    timestamp    not null,
    completed_at timestamp
);

create table review_annotations (
    session_id  varchar(64)  not null references sessions (id) on delete cascade,
    turn        int          not null,
    reviewer_id varchar(200) not null,
    note        varchar      not null,
    created_at  timestamp    not null,
    primary key (session_id, turn, reviewer_id)
);

create table flag_verdicts (
    session_id  varchar(64)  not null references sessions (id) on delete cascade,
    turn        int          not null,
    flag_kind   varchar(40)  not null,
    reviewer_id varchar(200) not null,
    agrees      boolean      not null,
    created_at  timestamp    not null,
    primary key (session_id, turn, flag_kind, reviewer_id)
);
