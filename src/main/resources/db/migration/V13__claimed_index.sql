-- The dispatcher reads back a batch and its digest siblings by claim token: an index on the claimed rows
-- keeps that independent of how many reminders the table holds (bench/run.sh measured the full scans).
create index reminder_claimed on reminder (claimed_by) where status = 'CLAIMED';
