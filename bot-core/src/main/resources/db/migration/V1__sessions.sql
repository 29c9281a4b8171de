-- Sessions and their turns. Portable between H2 (embedded default) and PostgreSQL (shared store).
create table sessions (
    id           varchar(64)  primary key,
    scenario_id  varchar(100) not null,
    trainee_id   varchar(200) not null,
    trainee_name varchar(200) not null,
    platform     varchar(20)  not null,
    community    varchar(200) not null,
    channel      varchar(200) not null,
    thread       varchar(200) not null,
    status       varchar(20)  not null,
    seed         bigint       not null,
    mode         varchar(10)  not null,
    roster_json  varchar      not null,
    version      bigint       not null,
    created_at   timestamp    not null,
    updated_at   timestamp    not null
);

create index sessions_thread on sessions (platform, thread);
create index sessions_updated on sessions (updated_at);

create table turns (
    session_id   varchar(64) not null references sessions (id) on delete cascade,
    turn         int         not null,
    attempt      int         not null,
    superseded   boolean     not null,
    record_json  varchar     not null,
    created_at   timestamp   not null,
    primary key (session_id, turn, attempt)
);
