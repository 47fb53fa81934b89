package gov.irs.secureaccess.assisted;

import java.util.Optional;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.factors.totp.AuthenticatorApps;
import gov.irs.secureaccess.factors.totp.Provisioning;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes staff accounts (AST-4): an account with no SSN and no phone, a role, a password
 * and an authenticator app whose secret is handed to the employee with the password.
 * Staff sign in with the app (or a passkey they add later), never by text message.
 */
@Service
public class StaffAccounts {

	static final String SITE_PHRASE = "IRS staff account";

	static final String SITE_IMAGE = "star";

	/**
	 * What the operator hands to the new employee, once: never stored readable, never
	 * logged.
	 */
	public record Enrolment(long accountId, String username, StaffRole role, String password, Provisioning app) {

		@Override
		public String toString() {
			return "Enrolment[" + this.accountId + ", " + this.role + ", redacted]";
		}

	}

	private final Accounts accounts;

	private final StaffRoles roles;

	private final AuthenticatorApps apps;

	private final TemporaryPasswords temporaryPasswords;

	private final AuditLog audit;

	StaffAccounts(Accounts accounts, StaffRoles roles, AuthenticatorApps apps, TemporaryPasswords temporaryPasswords,
			AuditLog audit) {
		this.accounts = accounts;
		this.roles = roles;
		this.apps = apps;
		this.temporaryPasswords = temporaryPasswords;
		this.audit = audit;
	}

	/**
	 * A staff account with a role. With {@code temporary}, the password must be changed
	 * at the first sign-in; {@code totpSecret} is a fixed base 32 secret (the documented
	 * development staff) or null for a random one.
	 * @throws gov.irs.secureaccess.accounts.AccountConflictException if the username is
	 * taken
	 */
	@Transactional
	public Enrolment create(String username, StaffRole role, String email, String firstName, String lastName,
			String password, String passwordHash, boolean temporary, String totpSecret, String createdBy) {
		long id = this.accounts.createStaff(username, email, firstName, lastName, passwordHash, SITE_PHRASE,
				SITE_IMAGE);
		this.roles.grant(id, role, createdBy);
		Provisioning app = this.apps.enrolOutOfBand(id, totpSecret);
		if (temporary) {
			this.temporaryPasswords.issued(id, passwordHash, createdBy);
		}
		this.audit.record(AuditEvent.of(createdBy, "staff.created", "account:" + id, null).with("role", role.name()));
		return new Enrolment(id, username.strip(), role, password, app);
	}

	@Transactional(readOnly = true)
	public Optional<Long> find(String username) {
		return this.accounts.findLogin(username).map((login) -> login.id());
	}

}
