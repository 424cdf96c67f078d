-- Per-sender pacing across replicas (Twilio queues what exceeds ~1 message/s on a long code and fails
-- what waits over 10 hours): each message reserves the sender's next free slot here.
create table send_pace (
    sender     varchar(100) primary key,
    next_slot  timestamptz  not null
);
-- A reminder whose slot is later than it can be held for waits in the table until then.
alter table reminder add column paced_until timestamptz;
