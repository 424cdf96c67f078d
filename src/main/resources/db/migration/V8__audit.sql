-- Every staff action (issue 7): who, when, what, on which property.
create table audit_entry (
    id            bigserial primary key,
    at            timestamptz  not null,
    actor         varchar(200) not null,
    roles         varchar(200) not null,
    property_code varchar(32),
    action        varchar(120) not null,
    method        varchar(10)  not null,
    path          varchar(500) not null,
    details       text         not null
);
create index audit_property_at on audit_entry (property_code, at desc);
