-- Verification outcomes (OUT-1): who started a verification, by which way, and how far each one got.
-- No PII: a verification is a random id (the registration's or migration's journey id, or a new id for an
-- account the e-Help Desk or a Taxpayer Assistance Center made); levels and channels are enumerations.

-- The ANALYST staff role reads the reports at /insights (same strong sign-in as the AST-4 roles).
alter table staff_role drop constraint staff_role_role_check;
alter table staff_role add constraint staff_role_role_check check (role in ('ASSISTOR', 'TAC', 'ANALYST'));

create table verification_event (
    id               bigint generated always as identity primary key,
    verification_id  uuid        not null,
    event            text        not null check (event in ('STARTED', 'CHANNEL', 'REACHED')),
    -- STARTED: the way it began (online, e-help-desk, in-person); CHANNEL: a way of finishing it was begun
    -- (text: a code was texted; mail: a letter was sent; e-help-desk, in-person); REACHED: the level and the
    -- channel that brought it there (online for LOA-1 and LOA-2 proved on the pages).
    channel          text        not null check (channel in ('online', 'text', 'mail', 'e-help-desk', 'in-person')),
    level            integer     check (level between 1 and 3),
    occurred_at      timestamptz not null,
    check ((event = 'REACHED') = (level is not null))
);
create index verification_event_time on verification_event (occurred_at);
create index verification_event_verification on verification_event (verification_id);

-- An account made before its activation code came back (mail path, e-Help Desk, TAC): which verification it
-- finishes and by which channel, so the activation is counted there. Deleted with the account.
create table verification_account (
    account_id       bigint primary key references account (id) on delete cascade,
    verification_id  uuid not null,
    channel          text not null check (channel in ('mail', 'e-help-desk', 'in-person'))
);
