-- Accounts, one-time codes and the registration funnel.

create table account (
    id                  bigint generated always as identity primary key,
    username            text        not null,                 -- as chosen, shown back to the user
    username_canonical  text        not null unique,          -- lower-case form: uniqueness, look-up (REG-7)
    ssn_hash            text        not null unique,          -- keyed hash: one account per person (DATA-1)
    email_hash          text        not null,                 -- keyed hash of the lower-cased email, for recovery
    profile_sealed      text        not null,                 -- name, email, date of birth (sealed JSON)
    password_hash       text        not null,                 -- PHC string: scheme and cost beside the hash (PW-3)
    site_phrase_sealed  text        not null,
    site_image          text        not null,
    phone_hash          text unique,                          -- keyed hash of E.164: one account per number (REG-5)
    phone_sealed        text,
    status              text        not null check (status in ('ACTIVE', 'AWAITING_ACTIVATION', 'LOCKED', 'CLOSED')),
    loa                 integer     not null check (loa between 1 and 3),
    loa_evidence        text        not null,                 -- how the level was reached, e.g. 'tax-record,financial,sms'
    created_at          timestamptz not null,
    activated_at        timestamptz
);
create index account_email_hash on account (email_hash);

-- Secret questions (mail path, REG-6 / SIGN-7): answers only as keyed hashes of their normalised form.
create table account_secret_answer (
    account_id  bigint  not null references account (id) on delete cascade,
    question    text    not null,
    answer_hash text    not null,
    primary key (account_id, question)
);

-- One-time codes (REG-1, REG-5, REG-6, SIGN-2): only keyed hashes (DATA-5), single use, one live code per subject.
create table one_time_code (
    id          uuid primary key,
    purpose     text        not null,
    subject     text        not null,                         -- e.g. 'journey:<uuid>' or 'account:42'
    code_hash   text        not null,
    issued_at   timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    voided_at   timestamptz
);
create index one_time_code_live on one_time_code (purpose, subject) where used_at is null and voided_at is null;

-- Funnel events for the verification-rate reports: step outcomes with reason codes, never PII.
create table funnel_event (
    id           bigint generated always as identity primary key,
    journey_id   uuid        not null,
    journey_type text        not null,
    step         text        not null,
    event        text        not null check (event in ('STARTED', 'PASSED', 'FAILED', 'ABANDONED')),
    reason       text,
    occurred_at  timestamptz not null
);
create index funnel_event_type_time on funnel_event (journey_type, occurred_at);

-- Queue order that does not depend on clocks: messages queued in one instant still read back in order.
alter table outbox_message add column seq bigint generated always as identity;
create unique index outbox_message_seq on outbox_message (seq);
