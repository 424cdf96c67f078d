-- Directory: properties, their calendars, units, residents and staff contacts.
create table property (
    code           varchar(32) primary key,
    name           varchar(200) not null,
    time_zone      varchar(64)  not null,
    weekday_hours  varchar(200) not null,   -- R-DESK-1, e.g. "08:20-12:00,14:30-18:00"
    weekend_hours  varchar(200) not null,
    created_at     timestamptz  not null
);

-- R-DESK-4: a public holiday (working = false) or a swapped working weekend day, 調休 (working = true).
create table calendar_day (
    property_code varchar(32)  not null references property (code) on delete cascade,
    day           date         not null,
    working       boolean      not null,
    name          varchar(100),
    primary key (property_code, day)
);

create table unit (
    id            bigserial primary key,
    property_code varchar(32) not null references property (code) on delete cascade,
    code          varchar(32) not null,
    description   varchar(200),
    unique (property_code, code)
);

create table resident (
    id             bigserial primary key,
    property_code  varchar(32)  not null,
    unit_code      varchar(32)  not null,
    name           varchar(200) not null,
    phone          varchar(20),             -- E.164
    email          varchar(254),
    locale         varchar(10)  not null,
    channels       varchar(60)  not null default '',
    moved_in       date,
    moved_out      date,
    sms_opted_out  boolean      not null default false,
    foreign key (property_code, unit_code) references unit (property_code, code) on delete cascade
);
create index resident_unit on resident (property_code, unit_code);
create index resident_phone on resident (phone);

-- Staff who receive escalations (supervisor, security, project director, …).
create table staff_contact (
    id            bigserial primary key,
    property_code varchar(32)  not null references property (code) on delete cascade,
    role          varchar(40)  not null,
    name          varchar(200) not null,
    phone         varchar(20),
    email         varchar(254),
    locale        varchar(10)  not null
);
create index staff_role on staff_contact (property_code, role);

-- Engine: policies (a JSON document of steps), follow-ups, reminders and deliveries.
create table policy (
    property_code varchar(32) not null references property (code) on delete cascade,
    kind          varchar(40) not null,
    document      text        not null,
    version       int         not null,
    updated_at    timestamptz not null,
    primary key (property_code, kind)
);

create table follow_up (
    id               bigserial primary key,
    property_code    varchar(32)  not null references property (code) on delete cascade,
    kind             varchar(40)  not null,
    subject_ref      varchar(100) not null unique,
    resident_id      bigint,
    unit_code        varchar(32),
    details          text         not null,
    subject_dates    text         not null,
    ack_token        varchar(64)  not null unique,
    opened_at        timestamptz  not null,
    acknowledged_at  timestamptz,
    resolved_at      timestamptz,
    resolution       varchar(200)
);
create index follow_up_open on follow_up (property_code, kind) where resolved_at is null;
create index follow_up_resident on follow_up (resident_id) where resolved_at is null;

create table delivery (
    id             bigserial primary key,
    follow_up_id   bigint      not null references follow_up (id) on delete cascade,
    channel        varchar(10) not null,
    recipient      varchar(254) not null,
    provider       varchar(20),
    provider_id    varchar(100),
    status         varchar(20) not null,
    error          text,
    subject        varchar(300),
    body           text        not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null
);
create index delivery_follow_up on delivery (follow_up_id);
create index delivery_provider_id on delivery (provider_id);

create table reminder (
    id              bigserial primary key,
    follow_up_id    bigint      not null references follow_up (id) on delete cascade,
    step            varchar(60) not null,
    audience        varchar(40) not null,
    recipient_type  varchar(10) not null,   -- RESIDENT or STAFF
    recipient_id    bigint      not null,
    channel         varchar(10) not null,
    digest          boolean     not null default false,
    due_at          timestamptz not null,
    status          varchar(12) not null,   -- PLANNED, CLAIMED, SENT, FAILED, CANCELLED
    claimed_by      varchar(80),
    lease_until     timestamptz,
    attempts        int         not null default 0,
    sent_at         timestamptz,
    delivery_id     bigint references delivery (id),
    last_error      text,
    created_at      timestamptz not null
);
-- The dispatcher's claim scans only reminders still to be sent, in due order.
create index reminder_pending on reminder (due_at) where status in ('PLANNED', 'CLAIMED');
create index reminder_follow_up on reminder (follow_up_id, status);

-- Local stand-in for SMS, voice and email providers when none is configured.
create table outbox_message (
    id           bigserial primary key,
    delivery_id  bigint,
    channel      varchar(10)  not null,
    recipient    varchar(254) not null,
    subject      varchar(300),
    body         text         not null,
    created_at   timestamptz  not null
);

-- Parcels, registered mail and remittance notices (RULES.md section 1).
create table parcel (
    id                bigserial primary key,
    property_code     varchar(32)  not null references property (code) on delete cascade,
    unit_code         varchar(32)  not null,
    resident_id       bigint       not null references resident (id),
    kind              varchar(30)  not null,
    carrier           varchar(60),
    tracking_number   varchar(100),
    description       varchar(300),
    registered_by     varchar(100) not null,
    arrived_at        timestamptz  not null,
    status            varchar(20)  not null,  -- WAITING, COLLECTED, RETURNED
    not_handed_reason varchar(300),
    collected_at      timestamptz,
    collected_by      varchar(200),
    collector_id_number varchar(60),
    handed_over_by    varchar(100),
    courier_consent_at     timestamptz,       -- R-PARCEL-6
    courier_consent_by     varchar(200),
    courier_consent_method varchar(60),
    follow_up_id      bigint references follow_up (id)
);
create index parcel_waiting on parcel (property_code, status, arrived_at);
