package gov.irs.secureaccess.recovery;

import java.util.Locale;
import java.util.Map;

import gov.irs.secureaccess.accounts.AccountLogin;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.SecurityNotices;
import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.StepOutcome;

/**
 * What follows a right code or right answers (SIGN-7). A username reminder ends here: the
 * username is shown on the page and also emailed to the account's address (SIGN-9 style
 * notice, so the owner learns someone asked). A password reset goes on to the new
 * password.
 */
final class IdentityVerified {

	private final RecoveryFlow flow;

	private final Accounts accounts;

	private final SecurityNotices notices;

	private final AuditLog audit;

	IdentityVerified(RecoveryFlow flow, Accounts accounts, SecurityNotices notices, AuditLog audit) {
		this.flow = flow;
		this.accounts = accounts;
		this.notices = notices;
		this.audit = audit;
	}

	StepOutcome next(Journey journey, String factor) {
		long id = RecoveryStates.accountId(journey);
		String subject = "account:" + id;
		String address = journey.get(RecoveryStates.KEY_ADDRESS);
		if (this.flow == RecoveryFlow.PASSWORD) {
			this.audit
				.record(AuditEvent.of(subject, "recovery.password.verified", subject, address).with("factor", factor));
			return StepOutcome.passed();
		}
		AccountLogin login = this.accounts.findLogin(id).orElseThrow();
		this.notices.notify(id, SecurityNotices.Change.USERNAME_REMINDER,
				Locale.forLanguageTag(journey.get(RecoveryStates.KEY_LANGUAGE)));
		this.audit
			.record(AuditEvent.of(subject, "recovery.username.reminded", subject, address).with("factor", factor));
		return StepOutcome.passed(Map.of(RecoveryStates.KEY_USERNAME, login.username()));
	}

}
