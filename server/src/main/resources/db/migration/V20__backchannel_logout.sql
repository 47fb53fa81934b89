-- OpenID Connect Back-Channel Logout 1.0 (issue 11, FED-2).
--
-- Which applications each sign-in session (its OpenID Connect sid, not the session cookie) received an ID token in,
-- with the authorization behind it: when the session is ended (sign-out, RP-initiated logout, every session of an
-- account ended by a password change or reset or by an assistor), each of those applications that registered a
-- backchannel_logout_uri is sent a logout token, and the authorizations are removed (their access and refresh tokens
-- stop working). Rows of sessions that simply expired are purged after a day.
create table federation_session_authorization (
    sid              text         not null,
    authorization_id varchar(100) not null,
    client_id        varchar(100) not null,
    account_id       bigint       not null,
    created_at       timestamptz  not null,
    primary key (sid, authorization_id)
);
create index federation_session_authorization_created on federation_session_authorization (created_at);

-- Logout tokens go out through the outbox (MSG-1: written with the change that causes them, so a restart loses
-- none), delivered over HTTP by any node: claimed with a lease (next_attempt_at), retried with backoff.
alter table outbox_message drop constraint outbox_message_channel_check;
alter table outbox_message add constraint outbox_message_channel_check
    check (channel in ('EMAIL', 'SMS', 'LETTER', 'BACKCHANNEL_LOGOUT'));
alter table outbox_message add column next_attempt_at timestamptz;
alter table outbox_message add column last_error text;
create index outbox_message_backchannel_due on outbox_message (next_attempt_at)
    where status = 'PENDING' and channel = 'BACKCHANNEL_LOGOUT';
