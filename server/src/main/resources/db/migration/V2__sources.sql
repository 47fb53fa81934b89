-- Authoritative sources (embedded reference implementation): tax records, credit bureau, phone carrier.
-- DATA-1: no column holds an SSN, name, date of birth, address or phone number in clear. Rows are found by a
-- keyed hash (HMAC) of the SSN or phone number; PII lives in sealed (AES-GCM) JSON payloads.
-- DATA-2: financial account numbers are never stored, only a keyed hash of the last 8 digits bound to the person.

create table tax_record (
    ssn_hash       text primary key,
    filing_status  text not null check (filing_status in ('SINGLE', 'MARRIED_FILING_JOINTLY',
                       'MARRIED_FILING_SEPARATELY', 'HEAD_OF_HOUSEHOLD', 'QUALIFYING_SURVIVING_SPOUSE')),
    return_year    integer not null,
    payload_sealed text not null  -- context "tax_record.payload": name, birth date, address, AGIs, IP PIN, balance
);

create table information_document (
    id             bigint generated always as identity primary key,
    ssn_hash       text not null references tax_record (ssn_hash) on delete cascade,
    tax_year       integer not null,
    form_type      text not null,
    payload_sealed text not null  -- context "information_document.payload": payer name and amount
);
create index information_document_ssn on information_document (ssn_hash);

create table credit_file (
    ssn_hash text primary key,
    frozen   boolean not null
);

create table credit_account (
    id           bigint generated always as identity primary key,
    ssn_hash     text not null references credit_file (ssn_hash) on delete cascade,
    account_type text not null check (account_type in ('CREDIT_CARD', 'DEBIT_CARD', 'CORPORATE_CARD', 'MORTGAGE',
                     'HOME_EQUITY_LOAN', 'HELOC', 'CAR_LOAN')),
    card_network text check (card_network in ('VISA', 'MASTERCARD', 'DISCOVER', 'AMERICAN_EXPRESS')),
    last8_hash   text not null,  -- KeyedHash "credit.account-last8" of ssn_hash + last 8 digits
    unique (ssn_hash, last8_hash, account_type)
);

-- Soft inquiries: every account check is recorded (REG-4), with or without a credit file.
create table credit_inquiry (
    id          bigint generated always as identity primary key,
    ssn_hash    text not null,
    requester   text not null,
    inquired_at timestamptz not null
);
create index credit_inquiry_ssn on credit_inquiry (ssn_hash, inquired_at);

create table phone_line (
    number_hash    text primary key,
    line_type      text not null check (line_type in ('MOBILE', 'LANDLINE', 'VOIP')),
    prepaid        boolean not null,
    business_plan  boolean not null,
    sms_capable    boolean not null,
    us_number      boolean not null,
    payload_sealed text not null  -- context "phone_line.payload": subscriber name
);

-- What was loaded into the source tables, when, and from where (generator or CSV file).
create table source_load (
    id        bigint generated always as identity primary key,
    origin    text not null check (origin in ('GENERATOR', 'CSV')),
    detail    text not null,
    counts    jsonb not null,
    loaded_at timestamptz not null
);
