package gov.irs.secureaccess.accounts;

import java.util.Locale;

import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes a signed-in person makes on the profile page. Each one stores the change,
 * queues the SIGN-9 email and records the audit event (DATA-4) in one transaction: all
 * three happen, or none. Hashing is done by the caller, before, so no database connection
 * waits on Argon2id.
 */
@Service
public class ProfileChanges {

	private final Accounts accounts;

	private final SecurityNotices notices;

	private final AuditLog audit;

	ProfileChanges(Accounts accounts, SecurityNotices notices, AuditLog audit) {
		this.accounts = accounts;
		this.notices = notices;
		this.audit = audit;
	}

	/** A new password (already hashed, PW-3), told by email (SIGN-9). */
	@Transactional
	public void changePassword(long accountId, String newPasswordHash, String sourceAddress, Locale locale) {
		this.accounts.updatePasswordHash(accountId, newPasswordHash);
		this.notices.notify(accountId, SecurityNotices.Change.PASSWORD_CHANGED, locale);
		record(accountId, "password.changed", sourceAddress);
	}

	/** A new site phrase and image (REG-7), told by email (SIGN-9). */
	@Transactional
	public void changeSite(long accountId, String sitePhrase, String siteImage, String sourceAddress, Locale locale) {
		this.accounts.updateSite(accountId, sitePhrase, siteImage);
		this.notices.notify(accountId, SecurityNotices.Change.SITE_CHANGED, locale);
		record(accountId, "site.changed", sourceAddress);
	}

	/**
	 * A password change refused because the current password was wrong: a security event
	 * of its own.
	 */
	@Transactional
	public void wrongCurrentPassword(long accountId, String sourceAddress) {
		record(accountId, "password.change.failed", sourceAddress);
	}

	private void record(long accountId, String action, String sourceAddress) {
		String subject = "account:" + accountId;
		this.audit.record(AuditEvent.of(subject, action, subject, sourceAddress));
	}

}
