-- A one-off reminder on the next channel of a step after a permanent failure (SMS → voice → email);
-- it does not continue the step's cadence, which its original chain keeps.
alter table reminder add column fallback boolean not null default false;
