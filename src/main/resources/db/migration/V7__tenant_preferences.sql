-- A tenant's own choices (issue 7): quiet hours of their own, and a vacation hold that pauses pickup
-- reminders until a date.
alter table resident add column quiet_from time;
alter table resident add column quiet_to time;
alter table resident add column vacation_until date;
