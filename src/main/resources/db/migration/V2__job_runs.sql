-- One row per run of a periodic job (a report for 2026-12-02, a daily check for a property and day):
-- the replica that inserts it does the work; the others see the conflict and skip.
create table job_run (
    job         varchar(80)  not null,
    period      varchar(80)  not null,
    claimed_by  varchar(80)  not null,
    claimed_at  timestamptz  not null,
    primary key (job, period)
);
