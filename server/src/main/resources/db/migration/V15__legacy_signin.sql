-- Legacy e-Services sign-in (REG-10, REG-11, SIGN-5): a legacy password's consecutive failures and lock, as for a
-- Secure Access account (account_signin_state), and the journey that moves the account, so a person who signs in
-- again continues it (attempts already spent stay spent).
alter table legacy_account
    add column consecutive_failures integer not null default 0,
    add column locked_until         timestamptz,
    add column migration_journey    uuid;

-- The generator's legacy accounts are made once (first start), even after all of them have moved and the table is
-- empty again.
create table legacy_generation (
    id           integer primary key check (id = 1),
    generated_at timestamptz not null,
    accounts     integer     not null
);
