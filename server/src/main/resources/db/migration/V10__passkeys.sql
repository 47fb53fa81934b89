-- Passkeys (WebAuthn, issue 5): phishing-resistant credentials a person adds from the profile page and uses at
-- sign-in in place of the security code. Only public data is stored: the credential id, the attested credential
-- data (AAGUID, id and COSE public key, serialised by webauthn4j), the signature counter and the flags.

-- One WebAuthn user handle per account (random, never the account id or any PII), so every passkey of an account
-- on one authenticator is the same "user".
create table passkey_user (
    account_id  bigint primary key references account (id) on delete cascade,
    user_handle bytea  not null unique
);

create table passkey_credential (
    id                  bigserial   primary key,
    account_id          bigint      not null references account (id) on delete cascade,
    credential_id       bytea       not null unique,
    name                text        not null check (length(name) between 1 and 60),
    attested_credential bytea       not null,
    sign_count          bigint      not null default 0,
    uv_initialized      boolean     not null,
    backup_eligible     boolean     not null,
    backed_up           boolean     not null,
    transports          text        not null default '',
    created_at          timestamptz not null,
    last_used_at        timestamptz
);

create index passkey_credential_account on passkey_credential (account_id);
