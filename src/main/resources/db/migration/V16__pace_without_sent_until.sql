-- A sender's messages are now put in slot order and kept to the pace by the replica that sends them (HandoverOrder's
-- line, late batches an interval apart), so the database no longer keeps when the last one left.
alter table send_pace drop column sent_until;
