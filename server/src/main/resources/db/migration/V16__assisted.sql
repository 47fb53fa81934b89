-- e-Help Desk and in-person proofing (AST-1 to AST-4).

-- Staff roles (AST-4): an account with a role is an IRS employee's account. Roles become Spring Security
-- authorities (ROLE_ASSISTOR, ROLE_TAC) only after a sign-in with an authenticator app or a passkey.
create table staff_role (
    account_id  bigint      not null references account (id) on delete cascade,
    role        text        not null check (role in ('ASSISTOR', 'TAC')),
    granted_at  timestamptz not null,
    granted_by  text        not null,                    -- e.g. 'admin-command', 'embedded-demo'
    primary key (account_id, role)
);

-- Temporary passwords (AST-2, and new staff accounts): while the account's password hash is still the one issued,
-- a sign-in is held at the page that changes it. Any change of password (profile, recovery) ends it.
create table temporary_password (
    account_id     bigint      primary key references account (id) on delete cascade,
    password_hash  text        not null,                 -- the PHC string issued (compared, never a password)
    issued_by      text        not null,                 -- e.g. 'assistor:7' or 'admin-command'
    issued_at      timestamptz not null
);

-- In-person identity checks at a Taxpayer Assistance Center (AST-3): two different forms of government
-- identification seen by a TAC officer. Only the type and the last 4 characters of each number (sealed) are kept.
create table in_person_check (
    id                 bigint generated always as identity primary key,
    ssn_hash           text        not null,             -- keyed hash, same context as account.ssn_hash (DATA-1)
    first_id_type      text        not null,
    first_id_last4     text        not null,             -- sealed: at most 4 characters of the document number
    second_id_type     text        not null check (second_id_type <> first_id_type),
    second_id_last4    text        not null,             -- sealed, as above
    office             text        not null,
    officer_account_id bigint      not null references account (id),
    case_number        text        not null,
    recorded_at        timestamptz not null,
    used_at            timestamptz                        -- when the e-Help Desk created the account from it
);
create index in_person_check_ssn on in_person_check (ssn_hash, recorded_at desc);
