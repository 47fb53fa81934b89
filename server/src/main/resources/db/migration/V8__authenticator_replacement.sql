-- Replacing a device (APP-4): the new app's secret waits beside the confirmed one until its first code confirms it;
-- until then the old secret still signs in. Only a confirmed app can have a replacement waiting.
alter table authenticator_app
    add column pending_secret_sealed text,          -- PiiCipher, context 'authenticator_app.secret', like secret_sealed
    add column pending_created_at    timestamptz,
    add constraint authenticator_app_pending_only_when_confirmed
        check (pending_secret_sealed is null or confirmed_at is not null),
    add constraint authenticator_app_pending_with_time
        check ((pending_secret_sealed is null) = (pending_created_at is null));
