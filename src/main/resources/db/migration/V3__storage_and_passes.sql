-- Engine: people a follow-up reaches who are neither residents nor staff (audience CONTACT).
alter table follow_up add column contacts text not null default '[]';

-- Luggage storage 行李寄存 (RULES.md section 3).
create table luggage (
    id                    bigserial primary key,
    property_code         varchar(32)  not null references property (code) on delete cascade,
    ticket_number         int          not null,          -- R-LUG-1, unique per property
    unit_code             varchar(32),
    resident_id           bigint references resident (id),
    depositor_name        varchar(200) not null,
    depositor_phone       varchar(20),
    depositor_email       varchar(254),
    depositor_locale      varchar(10)  not null,
    size                  varchar(10)  not null,          -- LARGE, SMALL (R-LUG-2)
    pieces                int          not null,
    description           varchar(300),
    location              varchar(100) not null,
    expected_until        timestamptz  not null,
    deposited_at          timestamptz  not null,
    deposited_by          varchar(100) not null,
    status                varchar(12)  not null,          -- STORED, COLLECTED
    moved_at              timestamptz,                    -- to the storeroom 客用儲物間
    moved_by              varchar(100),
    collected_at          timestamptz,
    collected_by          varchar(200),
    collector_id_number   varchar(60),
    handed_over_by        varchar(100),
    ticket_lost_at        timestamptz,                    -- R-LUG-4 掛失
    ticket_lost_by        varchar(200),
    follow_up_id          bigint references follow_up (id),
    unique (property_code, ticket_number)
);
create index luggage_stored on luggage (property_code, status);

-- Items left at the front desk 物品暫存 (RULES.md section 4).
create table left_item (
    id                    bigserial primary key,
    property_code         varchar(32)  not null references property (code) on delete cascade,
    unit_code             varchar(32)  not null,
    owner_name            varchar(200) not null,
    description           varchar(300) not null,
    designated_collector  varchar(200) not null,
    depositor_name        varchar(200) not null,
    depositor_phone       varchar(20),
    depositor_email       varchar(254),
    depositor_locale      varchar(10)  not null,
    expected_on           date         not null,
    logged_at             timestamptz  not null,
    handled_by            varchar(100) not null,
    status                varchar(12)  not null,          -- HELD, COLLECTED
    collected_at          timestamptz,
    collected_by          varchar(200),
    collector_id_number   varchar(60),
    handed_over_by        varchar(100),
    follow_up_id          bigint references follow_up (id)
);
create index left_item_held on left_item (property_code, status);

-- Borrowed keys 鑰匙借用 (RULES.md section 5).
create table key_loan (
    id                    bigserial primary key,
    property_code         varchar(32)  not null references property (code) on delete cascade,
    key_code              varchar(60)  not null,
    borrower_name         varchar(200) not null,
    borrower_phone        varchar(20),
    borrower_email        varchar(254),
    borrower_locale       varchar(10)  not null,
    lent_at               timestamptz  not null,
    lent_by               varchar(100) not null,
    due_back_at           timestamptz  not null,
    status                varchar(12)  not null,          -- OUT, RETURNED, LOST, DAMAGED
    returned_at           timestamptz,
    received_by           varchar(100),
    reported_at           timestamptz,
    report_reason         varchar(300),
    follow_up_id          bigint references follow_up (id)
);
create index key_loan_out on key_loan (property_code, status);

create table key_stock_count (
    id                    bigserial primary key,
    property_code         varchar(32)  not null references property (code) on delete cascade,
    counted_at            timestamptz  not null,
    counted_by            varchar(100) not null,
    keys_counted          int          not null,
    note                  varchar(300)
);

-- Ordinary mail 普通信件 held at the desk or to be returned (RULES.md section 2).
create table mail_hold (
    id                    bigserial primary key,
    property_code         varchar(32)  not null references property (code) on delete cascade,
    unit_code             varchar(32)  not null,
    resident_id           bigint references resident (id),
    addressee             varchar(200) not null,
    pieces                int          not null,
    reason                varchar(12)  not null,          -- OVERFLOW (R-MAIL-2), NOT_RESIDENT (R-MAIL-3)
    received_at           timestamptz  not null,
    handled_by            varchar(100) not null,
    status                varchar(12)  not null,          -- HELD, COLLECTED, RETURNED
    closed_at             timestamptz,
    closed_by             varchar(100),
    follow_up_id          bigint references follow_up (id)
);
create index mail_hold_open on mail_hold (property_code, status);

-- R-MAIL-2: a resident marked away keeps their overflowing mailbox as it is.
create table resident_away (
    resident_id           bigint primary key references resident (id) on delete cascade,
    property_code         varchar(32)  not null,
    away_until            date         not null,
    note                  varchar(300)
);

-- Access passes 證件 (RULES.md section 6).
create table access_pass (
    id                    bigserial primary key,
    property_code         varchar(32)  not null references property (code) on delete cascade,
    kind                  varchar(20)  not null,          -- R-PASS-1
    holder_name           varchar(200) not null,
    holder_phone          varchar(20),
    holder_email          varchar(254),
    holder_locale         varchar(10)  not null,
    company               varchar(200) not null,
    contact_name          varchar(200),
    contact_phone         varchar(20),
    contact_email         varchar(254),
    contact_locale        varchar(10)  not null,
    deposit_amount        numeric(12, 2) not null,
    fee_amount            numeric(12, 2) not null,
    currency              varchar(3)   not null,
    valid_from            date         not null,
    valid_until           date         not null,         -- the last valid day
    issued_at             timestamptz  not null,
    issued_by             varchar(100) not null,
    status                varchar(12)  not null,          -- ISSUED, REVOKED (renewed), VOID (lost)
    replaces_id           bigint references access_pass (id),
    replaced_by_id        bigint references access_pass (id),
    revoked_at            timestamptz,
    voided_at             timestamptz,
    void_reason           varchar(300),
    deposit_kept          boolean      not null default false,
    follow_up_id          bigint references follow_up (id)
);
create index access_pass_property on access_pass (property_code, status, valid_until);
