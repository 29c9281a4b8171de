-- The durable inbox: a platform message recorded before it is acknowledged, so an instance stopped
-- after the acknowledgement loses nothing. done is set in the transaction that stores the message's turn
-- (or once a refusal was shown); the text is cleared then, the turn holds it. claimed_until is how long
-- an instance that took the entry up again holds it. Portable between H2 and PostgreSQL.
create table inbox (
    session_id    varchar(64)  not null references sessions (id) on delete cascade,
    event_key     varchar(200) not null,
    platform      varchar(40)  not null,
    sender_id     varchar(200) not null,
    text          varchar      not null,
    received_at   timestamp    not null,
    claimed_until timestamp,
    done          boolean      default false not null,
    primary key (session_id, event_key)
);
create index inbox_undone on inbox (done, received_at);
