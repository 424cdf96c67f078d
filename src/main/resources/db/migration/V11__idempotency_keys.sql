-- POSTs sent with an Idempotency-Key: the first answer, replayed for a repeat within 24 hours.
create table idempotency_key (
    actor         varchar(200) not null,
    key           varchar(200) not null,
    method        varchar(10)  not null,
    path          varchar(500) not null,
    status        int,
    content_type  varchar(100),
    body          text,
    created_at    timestamptz  not null,
    primary key (actor, key)
);
create index idempotency_key_created on idempotency_key (created_at);
