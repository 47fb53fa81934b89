-- OpenID Connect provider (FED-2, FED-3, FED-4). The first three tables are Spring Security's authorization server
-- schema (oauth2-registered-client-schema.sql, oauth2-authorization-schema.sql,
-- oauth2-authorization-consent-schema.sql) adapted to PostgreSQL as its notes say: 'blob' -> text, 'timestamp' ->
-- timestamptz. Registered clients are the applications; authorizations hold codes and tokens; consents are the
-- "Allow" answers (FED-3).
create table oauth2_registered_client (
    id                            varchar(100)  not null primary key,
    client_id                     varchar(100)  not null unique,
    client_id_issued_at           timestamptz   default current_timestamp not null,
    client_secret                 varchar(200)  default null,
    client_secret_expires_at      timestamptz   default null,
    client_name                   varchar(200)  not null,
    client_authentication_methods varchar(1000) not null,
    authorization_grant_types     varchar(1000) not null,
    redirect_uris                 varchar(1000) default null,
    post_logout_redirect_uris     varchar(1000) default null,
    scopes                        varchar(1000) not null,
    client_settings               varchar(2000) not null,
    token_settings                varchar(2000) not null
);

create table oauth2_authorization (
    id                            varchar(100)  not null primary key,
    registered_client_id          varchar(100)  not null,
    principal_name                varchar(200)  not null,
    authorization_grant_type      varchar(100)  not null,
    authorized_scopes             varchar(1000) default null,
    attributes                    text          default null,
    state                         varchar(500)  default null,
    authorization_code_value      text          default null,
    authorization_code_issued_at  timestamptz   default null,
    authorization_code_expires_at timestamptz   default null,
    authorization_code_metadata   text          default null,
    access_token_value            text          default null,
    access_token_issued_at        timestamptz   default null,
    access_token_expires_at       timestamptz   default null,
    access_token_metadata         text          default null,
    access_token_type             varchar(100)  default null,
    access_token_scopes           varchar(1000) default null,
    oidc_id_token_value           text          default null,
    oidc_id_token_issued_at       timestamptz   default null,
    oidc_id_token_expires_at      timestamptz   default null,
    oidc_id_token_metadata        text          default null,
    refresh_token_value           text          default null,
    refresh_token_issued_at       timestamptz   default null,
    refresh_token_expires_at      timestamptz   default null,
    refresh_token_metadata        text          default null,
    user_code_value               text          default null,
    user_code_issued_at           timestamptz   default null,
    user_code_expires_at          timestamptz   default null,
    user_code_metadata            text          default null,
    device_code_value             text          default null,
    device_code_issued_at         timestamptz   default null,
    device_code_expires_at        timestamptz   default null,
    device_code_metadata          text          default null
);
-- Tokens are looked up by value (hash indexes: a signed token can be longer than a btree entry allows), and an
-- application's authorizations for one person are removed together when consent is revoked.
create index oauth2_authorization_state on oauth2_authorization using hash (state);
create index oauth2_authorization_code on oauth2_authorization using hash (authorization_code_value);
create index oauth2_authorization_access on oauth2_authorization using hash (access_token_value);
create index oauth2_authorization_refresh on oauth2_authorization using hash (refresh_token_value);
create index oauth2_authorization_id_token on oauth2_authorization using hash (oidc_id_token_value);
create index oauth2_authorization_client_principal on oauth2_authorization (registered_client_id, principal_name);

create table oauth2_authorization_consent (
    registered_client_id varchar(100)  not null,
    principal_name       varchar(200)  not null,
    authorities          varchar(1000) not null,
    primary key (registered_client_id, principal_name)
);
create index oauth2_authorization_consent_principal on oauth2_authorization_consent (principal_name);

-- The keys that sign ID and access tokens. The private key is sealed (PiiCipher, context federation.signing-key);
-- the public half is published in the JWKS until retire_after, which is after the last token it signed expired.
create table federation_signing_key (
    kid           text        primary key,
    public_jwk    text        not null,
    private_sealed text       not null,
    created_at    timestamptz not null,
    superseded_at timestamptz,
    retire_after  timestamptz
);

-- Pairwise subject identifiers: one per person and application, so applications cannot correlate people
-- (an HMAC of client id and account id under the lookup key), kept so an application's sub maps back to the account.
create table pairwise_subject (
    client_id  varchar(100) not null,
    account_id bigint       not null references account (id) on delete cascade,
    subject    text         not null,
    primary key (client_id, account_id),
    unique (client_id, subject)
);
