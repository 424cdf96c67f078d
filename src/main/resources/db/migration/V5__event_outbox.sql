-- Notification events for other building systems, written in the transaction that caused them and
-- published to the broker afterwards (transactional outbox): a crash loses none and invents none.
create table event_outbox (
    id            bigserial primary key,
    type          varchar(60)  not null,
    property_code varchar(32)  not null,
    follow_up_id  bigint,
    payload       text         not null,
    created_at    timestamptz  not null,
    published_at  timestamptz
);
create index event_outbox_unpublished on event_outbox (id) where published_at is null;
