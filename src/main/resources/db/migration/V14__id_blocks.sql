-- Reminders, deliveries and notification events are written a dispatch batch at a time: their ids come in
-- blocks of 50 from the sequence (Hibernate's pooled-lo), so that the inserts of a batch go to the database
-- together instead of one round trip each for the generated key. A plain insert still takes the sequence's next
-- value as its id. Event ids stay increasing per replica; across replicas the relay's order by id was already only
-- roughly the order of commits.
alter sequence reminder_id_seq increment by 50;
alter sequence delivery_id_seq increment by 50;
alter sequence event_outbox_id_seq increment by 50;
