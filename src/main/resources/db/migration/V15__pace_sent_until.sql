-- When the sender's last message taken up for sending leaves: a batch that comes late for its slots is spaced after
-- it instead of onto slots other batches hold, so the sender never goes faster than its pace.
alter table send_pace add column sent_until timestamptz;
