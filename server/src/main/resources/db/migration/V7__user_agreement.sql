-- The e-Services User Agreement (SIGN-8): which version each account accepted, and when. A new version is a new row:
-- older acceptances stay as the record of what the person agreed to at the time.
create table agreement_acceptance (
    account_id  bigint      not null references account (id) on delete cascade,
    version     text        not null,           -- secure-access.agreement.current-version at the time, e.g. '2026-1'
    accepted_at timestamptz not null,
    primary key (account_id, version)
);
