-- Arrears (RULES.md section 7): a tenant's account, the billing periods fed by the billing system, the
-- payments against them, and the move-out release checks (R-ARR-6). Money is numeric, never float.
create table arrears_account (
    id              bigserial primary key,
    property_code   varchar(32)  not null references property (code) on delete cascade,
    unit_code       varchar(32)  not null,
    resident_id     bigint       not null unique references resident (id) on delete cascade,
    deposit_months  int          not null check (deposit_months >= 0),
    currency        char(3)      not null,
    -- R-ARR-2: when the red line was crossed in the current breach episode; null while under it
    red_line_since  timestamptz,
    -- breach episodes so far; names the follow-ups of each episode
    episode         int          not null default 0,
    -- the open follow-ups of the current episode (tenant reminders; director and escalation chain)
    reminders_ref   varchar(100),
    escalation_ref  varchar(100),
    created_at      timestamptz  not null
);
create index arrears_account_unit on arrears_account (property_code, unit_code);

create table billing_period (
    id              bigserial primary key,
    account_id      bigint         not null references arrears_account (id) on delete cascade,
    kind            varchar(20)    not null,
    period          varchar(7)     not null,
    amount          numeric(14, 2) not null check (amount > 0),
    due_date        date           not null,
    reference       varchar(100)   not null,
    created_at      timestamptz    not null,
    -- when payments first covered it in full (its payment notice ends then, R-ARR-1)
    settled_at      timestamptz,
    unique (account_id, reference)
);
create index billing_period_account on billing_period (account_id, due_date);

create table arrears_payment (
    id              bigserial primary key,
    account_id      bigint         not null references arrears_account (id) on delete cascade,
    property_code   varchar(32)    not null,
    amount          numeric(14, 2) not null check (amount > 0),
    paid_on         date           not null,
    reference       varchar(100)   not null,
    recorded_at     timestamptz    not null,
    -- a billing system's payment reference is unique at its property
    unique (property_code, reference)
);
create index arrears_payment_account on arrears_payment (account_id);
create index arrears_payment_date on arrears_payment (property_code, paid_on);

create table release_check (
    id              bigserial primary key,
    property_code   varchar(32)    not null references property (code) on delete cascade,
    unit_code       varchar(32)    not null,
    asked_by        varchar(100)   not null,
    asked_at        timestamptz    not null,
    allowed         boolean        not null,
    -- what is owed, per currency, as JSON ({"CNY": "1200.00"}); empty when nothing is owed
    owed            text           not null,
    overridden_by   varchar(100),
    overridden_at   timestamptz,
    override_reason varchar(500)
);
create index release_check_unit on release_check (property_code, unit_code);
