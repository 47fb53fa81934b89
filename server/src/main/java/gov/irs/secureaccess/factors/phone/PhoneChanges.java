package gov.irs.secureaccess.factors.phone;

import java.util.Locale;

import gov.irs.secureaccess.accounts.AccountConflictException;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.SecurityNotices;
import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of a phone change (REG-12): the new, verified number replaces the old one, the
 * person is emailed at once (SIGN-9) and the change audited with where it came from
 * (DATA-4): all three, or none.
 */
@Service
class PhoneChanges {

	private final Accounts accounts;

	private final SecurityNotices notices;

	private final AuditLog audit;

	PhoneChanges(Accounts accounts, SecurityNotices notices, AuditLog audit) {
		this.accounts = accounts;
		this.notices = notices;
		this.audit = audit;
	}

	/**
	 * Replaces the account's phone with the new number, told by email and audited.
	 * @throws AccountConflictException when another account holds the number: then
	 * nothing was changed (the account update ran in its own savepoint), and the caller's
	 * transaction stays usable to record the refusal
	 */
	@Transactional(noRollbackFor = AccountConflictException.class)
	void changePhone(long accountId, String newE164, String sourceAddress, Locale locale) {
		this.accounts.replacePhone(accountId, newE164);
		this.notices.notify(accountId, SecurityNotices.Change.PHONE_CHANGED, locale);
		String subject = "account:" + accountId;
		this.audit.record(AuditEvent.of(subject, "phone.changed", subject, sourceAddress));
	}

}
