-- The tax applications behind Secure Access (FED-1, FED-5): payment agreements, bulk TIN Matching jobs and the
-- document drop. People are found by a keyed hash of the SSN; files, TIN lists and references are sealed (DATA-1).

-- Online Payment Agreement: a monthly plan for the balance due. No bank account number is ever kept (DATA-2).
create table payment_agreement (
    id               bigint generated always as identity primary key,
    ssn_hash         text          not null,                -- keyed hash (purpose taxapps.ssn)
    account_id       bigint        not null,
    tax_year         int           not null,
    balance          numeric(12,2) not null,                -- the balance the plan pays, as of set-up
    monthly_amount   numeric(12,2) not null check (monthly_amount > 0),
    day_of_month     int           not null check (day_of_month between 1 and 28),
    months           int           not null check (months between 2 and 72),
    first_payment_on date          not null,
    status           text          not null check (status in ('ACTIVE', 'CANCELLED')),
    created_at       timestamptz   not null,
    cancelled_at     timestamptz
);
-- One active plan per person.
create unique index payment_agreement_one_active on payment_agreement (ssn_hash) where status = 'ACTIVE';

-- Bulk TIN Matching: a file of name/TIN pairs processed in the background by a worker that survives restarts
-- (a job whose lease ran out while RUNNING is picked up again).
create table tin_match_job (
    id              uuid        primary key,
    account_id      bigint      not null,
    status          text        not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    line_count      int         not null,
    input_sealed    text,                                  -- the uploaded file (TINs and names), sealed; dropped when done
    result_sealed   text,                                  -- the results file, sealed
    summary         text,                                  -- counts per indicator and bad line numbers (no TIN, no name)
    attempts        int         not null default 0,
    submitted_at    timestamptz not null,
    started_at      timestamptz,
    lease_until     timestamptz,
    finished_at     timestamptz
);
create index tin_match_job_account on tin_match_job (account_id, submitted_at desc);
create index tin_match_job_pending on tin_match_job (submitted_at) where status in ('QUEUED', 'RUNNING');

-- Document drop (FED-5): inbound only. The receipt number is what the taxpayer quotes; nothing is read back out.
create table document_submission (
    id               uuid        primary key,
    receipt          text        not null unique,
    reference_kind   text        not null check (reference_kind in ('NOTICE', 'CASE')),
    reference_sealed text        not null,
    channel          text        not null check (channel in ('EMAILED_CODE', 'ACCOUNT')),
    account_id       bigint,
    email_hash       text,
    file_count       int         not null,
    submitted_at     timestamptz not null
);

create table document_file (
    id             uuid        primary key,
    submission_id  uuid        not null references document_submission (id),
    file_type      text        not null check (file_type in ('PDF', 'JPEG', 'PNG')),
    size_bytes     int         not null,
    content_sealed text        not null                    -- base64 of the bytes, sealed with context document_file:<id>
);
create index document_file_submission on document_file (submission_id);
