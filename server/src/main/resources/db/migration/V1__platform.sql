-- Platform tables: journeys, audit log, rate limits, outbox.

-- Journeys (registration, sign-in, recovery, assisted paths): one row each, steps as state.
create table journey (
    id          uuid primary key,
    type        text        not null,
    state       text        not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    expires_at  timestamptz not null,
    attempts    jsonb       not null default '{}'::jsonb,
    data_sealed text,
    version     integer     not null default 0
);
create index journey_expires_at on journey (expires_at);

-- Tamper-evident audit log (DATA-4): each entry carries a keyed hash over itself and the previous hash.
create table audit_event (
    seq            bigint primary key,
    occurred_at    timestamptz not null,
    actor          text        not null,
    action         text        not null,
    subject        text,
    source_address text,
    details        text,
    prev_hash      text        not null,
    hash           text        not null
);
create index audit_event_subject on audit_event (subject, seq);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();

-- Rate limits: one fixed window per (limit, keyed hash of the key).
create table rate_limit_bucket (
    bucket       text primary key,
    window_start timestamptz not null,
    hits         integer     not null
);

-- Outbox (MSG-1): written in the same transaction as the change that causes the message.
create table outbox_message (
    id               uuid primary key,
    channel          text        not null check (channel in ('EMAIL', 'SMS', 'LETTER')),
    template         text        not null,
    dedup_key        text unique,
    recipient_sealed text        not null,
    subject_sealed   text,
    body_sealed      text,
    status           text        not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts         integer     not null default 0,
    created_at       timestamptz not null,
    sent_at          timestamptz
);
create index outbox_message_pending on outbox_message (created_at) where status = 'PENDING';
