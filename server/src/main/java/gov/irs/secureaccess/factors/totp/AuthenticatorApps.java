package gov.irs.secureaccess.factors.totp;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.platform.crypto.PiiCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authenticator app of each account (APP-1, APP-3, SIGN-3): one row per account, the
 * secret sealed with {@link PiiCipher} (DATA-1) and never logged; the newest accepted
 * time step beside it, so each code works once.
 *
 * <ol>
 * <li>{@link #begin} draws a new secret and returns what the enrolment page shows once;
 * an unconfirmed set-up is replaced, a confirmed app is not (it must be removed
 * first).</li>
 * <li>{@link #confirm}: the first right code proves the app holds the secret; that code
 * is used up.</li>
 * <li>{@link #verify}: a sign-in code, accepted once.</li>
 * <li>{@link #beginReplacement} (APP-4): a confirmed app gets a new secret waiting beside
 * it; the old one keeps signing in until {@link #confirm} with the new app's first code
 * puts the new secret in its place.</li>
 * <li>{@link #remove}: the app is gone. Whether it may go (APP-4: never the last second
 * factor) is the caller's check ({@link AuthenticatorChanges}).</li>
 * </ol>
 * Wrong codes are not counted here: the journey that asks for the code limits the
 * attempts (SIGN-5).
 */
@Service
public class AuthenticatorApps {

	static final String SECRET_CONTEXT = "authenticator_app.secret";

	private final JdbcClient jdbc;

	private final PiiCipher cipher;

	private final TotpVerifier verifier;

	private final Accounts accounts;

	private final AuditLog audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	AuthenticatorApps(JdbcClient jdbc, PiiCipher cipher, TotpVerifier verifier, Accounts accounts, AuditLog audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.verifier = verifier;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Starts (or restarts) setting up an app: a new secret replaces any unconfirmed one.
	 * @throws IllegalStateException if the account already has a confirmed app (APP-3:
	 * one per account)
	 */
	@Transactional
	public Provisioning begin(long accountId) {
		String username = this.accounts.profile(accountId).username();
		TotpSecret secret = TotpSecret.random(this.random);
		int written = this.jdbc.sql("""
				insert into authenticator_app (account_id, secret_sealed, last_used_step, created_at, confirmed_at)
				values (:id, :secret, null, :now, null)
				on conflict (account_id) do update
				   set secret_sealed = excluded.secret_sealed, last_used_step = null, created_at = excluded.created_at
				 where authenticator_app.confirmed_at is null
				""")
			.param("id", accountId)
			.param("secret", this.cipher.seal(secret.base32(), SECRET_CONTEXT))
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		if (written == 0) {
			throw new IllegalStateException("Account already has an authenticator app; remove it first (APP-3)");
		}
		return new Provisioning(OtpAuthUri.of(username, secret), secret.forManualEntry());
	}

	/**
	 * An app provisioned out of band (staff accounts, AST-4): the secret is handed over
	 * by the operator who made the account, so it is stored confirmed at once.
	 * {@code base32} is the secret to use (a documented development secret), or null for
	 * a new random one.
	 * @throws IllegalStateException if the account already has an app (APP-3)
	 */
	@Transactional
	public Provisioning enrolOutOfBand(long accountId, String base32) {
		String username = this.accounts.profile(accountId).username();
		TotpSecret secret = (base32 != null) ? TotpSecret.fromBase32(base32.replace(" ", ""))
				: TotpSecret.random(this.random);
		int written = this.jdbc.sql("""
				insert into authenticator_app (account_id, secret_sealed, last_used_step, created_at, confirmed_at)
				values (:id, :secret, null, :now, :now)
				on conflict (account_id) do nothing
				""")
			.param("id", accountId)
			.param("secret", this.cipher.seal(secret.base32(), SECRET_CONTEXT))
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		if (written == 0) {
			throw new IllegalStateException("Account already has an authenticator app (APP-3)");
		}
		this.audit.record(AuditEvent.of("system", "authenticator.added", actor(accountId), null));
		return new Provisioning(OtpAuthUri.of(username, secret), secret.forManualEntry());
	}

	/**
	 * APP-4: sets up a new device for an account whose app is confirmed. The new secret
	 * waits beside the old one (a replacement begun again draws another); the old one
	 * keeps signing in until the new one is confirmed.
	 * @throws IllegalStateException if the account has no confirmed app
	 */
	@Transactional
	public Provisioning beginReplacement(long accountId) {
		String username = this.accounts.profile(accountId).username();
		TotpSecret secret = TotpSecret.random(this.random);
		int written = this.jdbc.sql("""
				update authenticator_app set pending_secret_sealed = :secret, pending_created_at = :now
				 where account_id = :id and confirmed_at is not null
				""")
			.param("id", accountId)
			.param("secret", this.cipher.seal(secret.base32(), SECRET_CONTEXT))
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		if (written == 0) {
			throw new IllegalStateException("Account has no confirmed authenticator app to replace");
		}
		return new Provisioning(OtpAuthUri.of(username, secret), secret.forManualEntry());
	}

	/** Where the account's app stands. */
	@Transactional(readOnly = true)
	public AppState state(long accountId) {
		Optional<App> app = find(accountId);
		if (app.isEmpty()) {
			return AppState.NONE;
		}
		if (!app.get().confirmed()) {
			return AppState.SETTING_UP;
		}
		return (app.get().pendingSealed() != null) ? AppState.REPLACING : AppState.ENROLLED;
	}

	/**
	 * The set-up waiting for its first code (a first app or a replacement), to show again
	 * on the enrolment page and draw as a QR code; empty when nothing waits. It carries
	 * the secret: show it, never log it.
	 */
	@Transactional(readOnly = true)
	public Optional<Provisioning> pending(long accountId) {
		return find(accountId).flatMap((app) -> {
			String sealed = app.confirmed() ? app.pendingSealed() : app.secretSealed();
			if (sealed == null) {
				return Optional.empty();
			}
			TotpSecret secret = TotpSecret.fromBase32(this.cipher.open(sealed, SECRET_CONTEXT));
			String username = this.accounts.profile(accountId).username();
			return Optional.of(new Provisioning(OtpAuthUri.of(username, secret), secret.forManualEntry()));
		});
	}

	/**
	 * Gives up the set-up waiting for its first code: a first app is gone, a replaced one
	 * stays as it was.
	 */
	@Transactional
	public void cancelPending(long accountId) {
		this.jdbc.sql("delete from authenticator_app where account_id = :id and confirmed_at is null")
			.param("id", accountId)
			.update();
		this.jdbc.sql("""
				update authenticator_app set pending_secret_sealed = null, pending_created_at = null
				 where account_id = :id
				""").param("id", accountId).update();
	}

	/**
	 * Confirms a set-up with its first code; the code is used up, so it cannot also sign
	 * in.
	 */
	@Transactional
	public AppCodeCheck confirm(long accountId, String typed) {
		return confirm(accountId, typed, null);
	}

	/**
	 * Confirms the set-up waiting for its first code, from {@code sourceAddress}
	 * (DATA-4). For a first app, the app is now enrolled; for a replacement (APP-4), the
	 * new secret takes the old one's place, which no longer signs in. The confirming code
	 * is used up either way.
	 */
	@Transactional
	public AppCodeCheck confirm(long accountId, String typed, String sourceAddress) {
		Optional<App> app = find(accountId);
		if (app.isEmpty()) {
			return AppCodeCheck.NOT_ENROLLED;
		}
		if (app.get().confirmed()) {
			return (app.get().pendingSealed() != null) ? confirmReplacement(app.get(), typed, sourceAddress)
					: AppCodeCheck.NOT_ENROLLED;
		}
		AppCodeCheck check = use(app.get(), typed);
		if (check == AppCodeCheck.ACCEPTED) {
			this.jdbc.sql("update authenticator_app set confirmed_at = :now where account_id = :id")
				.param("now", Timestamp.from(this.clock.instant()))
				.param("id", accountId)
				.update();
			this.audit.record(AuditEvent.of(actor(accountId), "authenticator.added", actor(accountId), sourceAddress));
		}
		return check;
	}

	private AppCodeCheck confirmReplacement(App app, String typed, String sourceAddress) {
		TotpSecret secret = TotpSecret.fromBase32(this.cipher.open(app.pendingSealed(), SECRET_CONTEXT));
		TotpMatch match = this.verifier.check(secret, typed, null);
		if (match.check() != AppCodeCheck.ACCEPTED) {
			return match.check();
		}
		// The new secret replaces the old one only if it is still the one checked (a
		// replacement begun again meanwhile is not confirmed by this code); its
		// confirming step is used up.
		int updated = this.jdbc.sql("""
				update authenticator_app
				   set secret_sealed = pending_secret_sealed, last_used_step = :step, confirmed_at = :now,
				       created_at = pending_created_at, pending_secret_sealed = null, pending_created_at = null
				 where account_id = :id and pending_secret_sealed = :sealed
				""")
			.param("step", match.step())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", app.accountId())
			.param("sealed", app.pendingSealed())
			.update();
		if (updated != 1) {
			return AppCodeCheck.REPLAYED;
		}
		this.audit.record(
				AuditEvent.of(actor(app.accountId()), "authenticator.replaced", actor(app.accountId()), sourceAddress));
		return AppCodeCheck.ACCEPTED;
	}

	/**
	 * SIGN-3: checks a sign-in code of the account's confirmed app; an accepted code's
	 * step is used up at once.
	 */
	@Transactional
	public AppCodeCheck verify(long accountId, String typed) {
		Optional<App> app = find(accountId);
		if (app.isEmpty() || !app.get().confirmed()) {
			return AppCodeCheck.NOT_ENROLLED;
		}
		return use(app.get(), typed);
	}

	/** Whether the account has a confirmed app. */
	@Transactional(readOnly = true)
	public boolean isEnrolled(long accountId) {
		return find(accountId).map(App::confirmed).orElse(false);
	}

	/** Removes the account's app, confirmed or not; true if there was one. */
	@Transactional
	public boolean remove(long accountId) {
		return remove(accountId, null);
	}

	/**
	 * Removes the account's app, confirmed or not, and any replacement waiting; audited
	 * from {@code sourceAddress}.
	 */
	@Transactional
	public boolean remove(long accountId, String sourceAddress) {
		boolean removed = this.jdbc.sql("delete from authenticator_app where account_id = :id")
			.param("id", accountId)
			.update() > 0;
		if (removed) {
			this.audit
				.record(AuditEvent.of(actor(accountId), "authenticator.removed", actor(accountId), sourceAddress));
		}
		return removed;
	}

	private AppCodeCheck use(App app, String typed) {
		TotpSecret secret = TotpSecret.fromBase32(this.cipher.open(app.secretSealed(), SECRET_CONTEXT));
		TotpMatch match = this.verifier.check(secret, typed, app.lastUsedStep());
		if (match.check() != AppCodeCheck.ACCEPTED) {
			return match.check();
		}
		// Conditional on the step still being newer (of two requests racing with one
		// code, one wins) and on the secret being the one checked (a set-up restarted
		// meanwhile is not confirmed by the old secret's code).
		int updated = this.jdbc
			.sql("""
					update authenticator_app set last_used_step = :step
					 where account_id = :id and secret_sealed = :sealed and (last_used_step is null or last_used_step < :step)
					""")
			.param("step", match.step())
			.param("id", app.accountId())
			.param("sealed", app.secretSealed())
			.update();
		return (updated == 1) ? AppCodeCheck.ACCEPTED : AppCodeCheck.REPLAYED;
	}

	private Optional<App> find(long accountId) {
		return this.jdbc.sql("""
				select account_id, secret_sealed, last_used_step, confirmed_at, pending_secret_sealed
				  from authenticator_app where account_id = :id
				""")
			.param("id", accountId)
			.query((rs, n) -> new App(rs.getLong("account_id"), rs.getString("secret_sealed"),
					(Long) rs.getObject("last_used_step", Long.class), rs.getTimestamp("confirmed_at") != null,
					rs.getString("pending_secret_sealed")))
			.optional();
	}

	private static String actor(long accountId) {
		return "account:" + accountId;
	}

	private record App(long accountId, String secretSealed, Long lastUsedStep, boolean confirmed,
			String pendingSealed) {

		@Override
		public String toString() {
			return "App[account " + this.accountId + ", redacted]";
		}

	}

}
