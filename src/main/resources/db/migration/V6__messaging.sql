-- Incoming messages already processed, so a redelivery (at-least-once brokers) changes nothing twice.
-- Written in the transaction that does the message's work; the broker is acknowledged after it commits.
create table processed_message (
    channel      varchar(60)  not null,
    message_id   varchar(200) not null,
    processed_at timestamptz  not null,
    primary key (channel, message_id)
);
