-- Issue 13: the sources learn what moves verification outcomes (docs/sources.md).

-- REG-4: student loans are an account type the bureau lists and the financial step offers.
alter table credit_account drop constraint credit_account_account_type_check;
alter table credit_account add constraint credit_account_account_type_check check (account_type in ('CREDIT_CARD',
    'DEBIT_CARD', 'CORPORATE_CARD', 'MORTGAGE', 'HOME_EQUITY_LOAN', 'HELOC', 'CAR_LOAN', 'STUDENT_LOAN'));

-- REG-13: when the carrier last changed the number's SIM and last ported it (null: never, as far as it knows).
alter table phone_line add column sim_changed_at timestamptz;
alter table phone_line add column ported_at timestamptz;

-- REG-14: the bank account the last refund was deposited into, as the tax record holds it. DATA-2: neither the
-- routing number nor the digits are kept, only a keyed hash ("tax.refund-account") of the SSN hash, the routing
-- number and the last 4 digits, so the same account of two people does not hash alike.
create table refund_account (
    ssn_hash      text primary key references tax_record (ssn_hash) on delete cascade,
    account_hash  text not null
);

-- REG-13: a SIM change or port the account holder was told about by email, once per change.
create table sim_change_notice (
    account_id   bigint      not null references account (id) on delete cascade,
    phone_hash   text        not null,   -- keyed hash of the number (as account.phone_hash)
    changed_at   timestamptz not null,   -- the carrier's time of the change told about
    notified_at  timestamptz not null,
    primary key (account_id, phone_hash, changed_at)
);
