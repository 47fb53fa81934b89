package gov.irs.secureaccess.registration;

import java.util.Optional;

import gov.irs.secureaccess.accounts.AccountConflictException;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.NewAccount;
import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.platform.otp.OneTimeCodes;
import gov.irs.secureaccess.sources.Ssn;

import org.springframework.stereotype.Component;

/**
 * REG-6, REG-9: an account that an online registration left waiting on its mailed letter
 * must not keep the person out. Whoever made it never came back with the code, and it is
 * often an impostor with a stolen identity and card but their own phone, whose letter
 * went to the victim. Such an account does not refuse the person's own registration,
 * their e-Services move (REG-10), the e-Help Desk or a TAC (AST-1, AST-5). When the
 * person has proved themselves again (financial and a phone in their name, the mail path
 * and their own letter, the desk's questions or two IDs in person), it is closed as their
 * new account is made: CLOSED for good, its letter's code void, audited. Accounts the
 * e-Help Desk or a TAC made, and active ones, are not waiting in this sense: they still
 * refuse.
 */
@Component
public class WaitingAccounts {

	/**
	 * How an account made by the mail path of an online registration reached LOA-2 before
	 * its letter.
	 */
	public static final String EVIDENCE = "tax-record,financial";

	private final Accounts accounts;

	private final OneTimeCodes codes;

	private final AuditLog audit;

	WaitingAccounts(Accounts accounts, OneTimeCodes codes, AuditLog audit) {
		this.accounts = accounts;
		this.codes = codes;
		this.audit = audit;
	}

	/**
	 * The person's account that waits on the letter of an online registration, if there
	 * is one.
	 */
	public Optional<Long> of(Ssn ssn) {
		return this.accounts.waitingOnLetter(ssn, EVIDENCE);
	}

	/**
	 * Whether the person already has an account that keeps them from registering: any but
	 * a waiting one.
	 */
	public boolean keepsOut(Ssn ssn) {
		return this.accounts.isRegistered(ssn) && of(ssn).isEmpty();
	}

	/**
	 * Makes the person's account; a waiting one of theirs is closed in the same savepoint
	 * (if this one cannot be made, the waiting one stays as it was), its letter's code
	 * voided, and the closing audited on it.
	 * @param journey what proved the person, for the audit: a journey id, or
	 * {@code case:<number>} for the desk or a TAC
	 * @throws AccountConflictException as {@link Accounts#create}
	 */
	public long create(NewAccount account, String journey) {
		Optional<Long> waiting = of(account.ssn());
		if (waiting.isEmpty()) {
			return this.accounts.create(account);
		}
		long closed = waiting.get();
		long id = this.accounts.createClosingWaiting(account, closed);
		this.codes.voidLive(CodePurpose.MAIL_ACTIVATION, "account:" + closed);
		this.audit.record(AuditEvent.of("account:" + id, "account.closed.superseded", "account:" + closed, null)
			.with("journey", journey)
			.with("by", "account:" + id));
		return id;
	}

}
