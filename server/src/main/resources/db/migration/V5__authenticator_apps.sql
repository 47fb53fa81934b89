-- Authenticator apps (APP-1, APP-3, SIGN-3): one per account; the secret only sealed (DATA-1).
create table authenticator_app (
    account_id      bigint      primary key references account (id) on delete cascade,  -- one app per account (APP-3)
    secret_sealed   text        not null,       -- PiiCipher, context 'authenticator_app.secret': base 32 of 20 random bytes
    last_used_step  bigint,                     -- newest RFC 6238 time step accepted: older or equal steps are replays
    created_at      timestamptz not null,
    confirmed_at    timestamptz                 -- null until the first code proves the app is set up
);
