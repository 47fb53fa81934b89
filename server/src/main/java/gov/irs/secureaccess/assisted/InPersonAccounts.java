package gov.irs.secureaccess.assisted;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Map;

import gov.irs.secureaccess.accounts.AccountConflictException;
import gov.irs.secureaccess.accounts.AccountStatus;
import gov.irs.secureaccess.accounts.NewAccount;
import gov.irs.secureaccess.accounts.SiteImages;
import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.messaging.Outbox;
import gov.irs.secureaccess.messaging.OutgoingMessage;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.platform.otp.IssuedCode;
import gov.irs.secureaccess.platform.otp.OneTimeCodes;
import gov.irs.secureaccess.proofing.RegistrationMessages;
import gov.irs.secureaccess.registration.WaitingAccounts;
import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;
import gov.irs.secureaccess.sources.taxrecords.TaxRecords;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * AST-5: in person for everyone. After a TAC officer recorded two forms of government
 * identification for a person with no e-Services account, the officer creates the Secure
 * Access account there: the username the person chose, their email, the name and date of
 * birth of the tax record, a temporary password read out once, status awaiting activation
 * at LOA-2 with evidence {@code in-person,tac}; an activation code goes by letter to the
 * address of record and the person finishes online with it (REG-6). One transaction; the
 * check is used.
 */
@Service
public class InPersonAccounts {

	private final WaitingAccounts waitingAccounts;

	private final TaxRecords taxRecords;

	private final InPersonChecks checks;

	private final OneTimeCodes codes;

	private final RegistrationMessages letters;

	private final Outbox outbox;

	private final TemporaryPasswords temporaryPasswords;

	private final AuditLog audit;

	private final MessageSource messages;

	private final SecureRandom random = new SecureRandom();

	InPersonAccounts(WaitingAccounts waitingAccounts, TaxRecords taxRecords, InPersonChecks checks, OneTimeCodes codes,
			RegistrationMessages letters, Outbox outbox, TemporaryPasswords temporaryPasswords, AuditLog audit,
			MessageSource messages) {
		this.waitingAccounts = waitingAccounts;
		this.taxRecords = taxRecords;
		this.checks = checks;
		this.codes = codes;
		this.letters = letters;
		this.outbox = outbox;
		this.temporaryPasswords = temporaryPasswords;
		this.audit = audit;
		this.messages = messages;
	}

	/**
	 * Creates the account of the person whose in-person check {@code checkId} the officer
	 * recorded.
	 * @throws HelpDesk.NotCreated ({@code not-verified}, {@code already-registered},
	 * {@code username-taken}, {@code no-tax-record}); nothing is then changed
	 */
	@Transactional(rollbackFor = HelpDesk.NotCreated.class)
	public HelpDesk.Created create(long officerId, CaseNumber caseNumber, long checkId, Ssn ssn, String username,
			String email, String temporaryPasswordHash, Locale locale, String address) {
		InPersonCheck check = this.checks.usable(ssn)
			.filter((usable) -> usable.id() == checkId)
			.orElseThrow(() -> new HelpDesk.NotCreated("not-verified"));
		TaxRecord record = this.taxRecords.findBySsn(ssn).orElseThrow(() -> new HelpDesk.NotCreated("no-tax-record"));
		if (!this.checks.use(check.id())) {
			throw new HelpDesk.NotCreated("not-verified");
		}
		long id;
		try {
			id = this.waitingAccounts.create(
					new NewAccount(username, email, record.name().first(), record.name().last(), record.dateOfBirth(),
							ssn, temporaryPasswordHash, text("assist.defaultSitePhrase", locale),
							SiteImages.GALLERY.get(this.random.nextInt(SiteImages.GALLERY.size())), null,
							AccountStatus.AWAITING_ACTIVATION, 2, "in-person,tac", Map.of()),
					"case:" + caseNumber.value());
		}
		catch (AccountConflictException ex) {
			throw new HelpDesk.NotCreated((ex.conflict() == AccountConflictException.Conflict.ALREADY_REGISTERED)
					? "already-registered" : "username-taken");
		}
		String subject = "account:" + id;
		this.temporaryPasswords.issued(id, temporaryPasswordHash, TacDesk.actor(officerId));
		IssuedCode code = this.codes.issue(CodePurpose.MAIL_ACTIVATION, subject);
		this.letters.assistedActivationLetter(record.name().fullName(), record.address(), code.code(), code.expiresAt(),
				locale, RegistrationMessages.AssistedBy.TAC);
		this.outbox.enqueue(new OutgoingMessage(Channel.EMAIL, "tac.account-created", email,
				text("tac.mail.created.subject", locale), text("tac.mail.created.body", locale, username), null));
		this.audit.record(AuditEvent.of(TacDesk.actor(officerId), "tac.account.created", subject, address)
			.with("case", caseNumber.value())
			.with("outcome", "created")
			.with("check", Long.toString(check.id())));
		return new HelpDesk.Created(id, username);
	}

	/** Audits an account that could not be made (after the attempt rolled back). */
	@Transactional
	public void notCreated(long officerId, CaseNumber caseNumber, String reason, String address) {
		this.audit.record(AuditEvent.of(TacDesk.actor(officerId), "tac.account.refused", null, address)
			.with("case", caseNumber.value())
			.with("outcome", "refused")
			.with("reason", reason));
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
