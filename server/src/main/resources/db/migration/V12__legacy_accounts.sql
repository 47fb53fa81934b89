-- Legacy e-Services accounts (REG-10, REG-11, AST-1): imported from the old system's extract, waiting for their
-- owner to move to Secure Access. A row is deleted when its owner has moved (online or through the e-Help Desk),
-- so the legacy password hash is gone afterwards.
create table legacy_account (
    id                  bigint generated always as identity primary key,
    username            text        not null,                 -- the e-Services username, kept when the user moves
    username_canonical  text        not null unique,
    ssn_hash            text        not null unique,          -- keyed hash (same key context as account.ssn_hash)
    password_hash       text        not null,                 -- legacy scheme, e.g. pbkdf2-sha256$iterations$salt$hash
    profile_sealed      text        not null,                 -- name, SSN, email (sealed JSON, DATA-1)
    imported_at         timestamptz not null
);
