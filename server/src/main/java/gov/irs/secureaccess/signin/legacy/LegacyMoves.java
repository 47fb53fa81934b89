package gov.irs.secureaccess.signin.legacy;

import java.util.Locale;
import java.util.Map;

import gov.irs.secureaccess.accounts.AccountConflictException;
import gov.irs.secureaccess.accounts.AccountProfile;
import gov.irs.secureaccess.accounts.AccountStatus;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.NewAccount;
import gov.irs.secureaccess.accounts.legacy.LegacyAccount;
import gov.irs.secureaccess.accounts.legacy.LegacyAccounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.JourneyData;
import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.platform.otp.IssuedCode;
import gov.irs.secureaccess.platform.otp.OneTimeCodes;
import gov.irs.secureaccess.proofing.RegistrationMessages;
import gov.irs.secureaccess.registration.WaitingAccounts;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;
import gov.irs.secureaccess.sources.taxrecords.TaxRecords;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of a legacy e-Services account, in the transaction of the step that ends it:
 * the Secure Access account is made (REG-10) or takes the e-Services username (REG-11),
 * the legacy row and its password hash are deleted, the person is told and the move
 * audited — all of it, or none.
 */
@Service
class LegacyMoves {

	/**
	 * How a moved account reached its level (REG-10): the e-Services account, financial,
	 * and the phone or the letter.
	 */
	static final String EVIDENCE_SMS = "legacy-e-services,financial,sms";

	static final String EVIDENCE_MAIL = "legacy-e-services,financial";

	private final Accounts accounts;

	private final WaitingAccounts waitingAccounts;

	private final LegacyAccounts legacy;

	private final PasswordHasher hasher;

	private final TaxRecords taxRecords;

	private final OneTimeCodes codes;

	private final RegistrationMessages registrationMessages;

	private final LegacyMessages messages;

	private final AuditLog audit;

	LegacyMoves(Accounts accounts, LegacyAccounts legacy, PasswordHasher hasher, TaxRecords taxRecords,
			OneTimeCodes codes, RegistrationMessages registrationMessages, LegacyMessages messages, AuditLog audit,
			WaitingAccounts waitingAccounts) {
		this.accounts = accounts;
		this.waitingAccounts = waitingAccounts;
		this.legacy = legacy;
		this.hasher = hasher;
		this.taxRecords = taxRecords;
		this.codes = codes;
		this.registrationMessages = registrationMessages;
		this.messages = messages;
		this.audit = audit;
	}

	/**
	 * REG-10: the Secure Access account with the e-Services username, active at LOA-3
	 * with the verified phone (REG-8: notice of proofing by letter and email), or on the
	 * mail path awaiting the mailed activation code (the letter goes now; REG-6). The
	 * legacy account is deleted.
	 */
	@Transactional
	StepOutcome migrate(Journey journey, LegacyAccount account, String password, String sitePhrase, String siteImage,
			Map<String, String> secretAnswers, boolean mailPath) {
		TaxRecord record = this.taxRecords.findBySsn(account.ssn()).orElse(null);
		if (record == null) {
			return StepOutcome.invalid("legacy.error.noRecord");
		}
		if (this.waitingAccounts.keepsOut(account.ssn())) {
			return StepOutcome.invalid("legacy.error.registeredMeanwhile");
		}
		String phone = mailPath ? null : journey.get(LegacyStates.PHONE_E164);
		if (phone != null && this.accounts.isPhoneTaken(phone)) {
			return StepOutcome.invalid("register.phone.error.taken");
		}
		if (this.accounts.isUsernameTaken(account.username())) {
			return StepOutcome.invalid("legacy.error.usernameTaken");
		}
		NewAccount created = new NewAccount(account.username(), account.email(), record.name().first(),
				record.name().last(), record.dateOfBirth(), account.ssn(), this.hasher.hash(password), sitePhrase,
				siteImage, phone, mailPath ? AccountStatus.AWAITING_ACTIVATION : AccountStatus.ACTIVE, mailPath ? 2 : 3,
				mailPath ? EVIDENCE_MAIL : EVIDENCE_SMS, secretAnswers);
		long id;
		try {
			// REG-6: a waiting account of this person (an unfinished registration's) is
			// closed as this one is made.
			id = this.waitingAccounts.create(created, journey.id().toString());
		}
		catch (AccountConflictException ex) {
			return StepOutcome.invalid("legacy.error.registeredMeanwhile");
		}
		var importedAt = this.legacy.importedAt(account.id());
		this.legacy.remove(account.id());
		Locale locale = LegacyStates.locale(journey);
		String subject = "account:" + id;
		String username = account.username().strip();
		if (mailPath) {
			IssuedCode code = this.codes.issue(CodePurpose.MAIL_ACTIVATION, subject);
			this.registrationMessages.activationLetter(record.name().fullName(), record.address(), code.code(),
					code.expiresAt(), locale);
		}
		else {
			this.registrationMessages.proofingNotice(record.name().fullName(), record.address(), account.email(),
					journey.updatedAt(), username, locale);
		}
		this.messages.moved(account.email(), record.name().first(), username, mailPath, locale);
		this.audit.record(AuditEvent
			.of(subject, mailPath ? "legacy.migrated.awaiting-activation" : "legacy.migrated", subject,
					journey.get(LegacyStates.ADDRESS))
			.with("journey", journey.id().toString())
			.with("loa", mailPath ? "2" : "3")
			.with("eServicesAccountSince", importedAt.map(Object::toString).orElse("unknown")));
		return StepOutcome.passed(JourneyData.with(LegacyStates.ACCOUNT_ID, id).and("username", username));
	}

	/**
	 * REG-11: the Secure Access account takes the e-Services username and keeps its
	 * password; the legacy account is deleted; the history records the e-Services account
	 * joined; both email addresses are told.
	 */
	@Transactional
	StepOutcome merge(Journey journey, LegacyAccount account, long accountId, String factor) {
		var importedAt = this.legacy.importedAt(account.id());
		String previous;
		try {
			previous = this.accounts.adoptLegacyUsername(accountId, account.username());
		}
		catch (AccountConflictException ex) {
			return StepOutcome.invalid("legacy.error.usernameTaken");
		}
		this.legacy.remove(account.id());
		AccountProfile profile = this.accounts.profile(accountId);
		this.messages.merged(profile.email(), account.email(), profile.firstName(), profile.username(), previous,
				LegacyStates.locale(journey));
		String subject = "account:" + accountId;
		this.audit.record(AuditEvent.of(subject, "legacy.merged", subject, journey.get(LegacyStates.ADDRESS))
			.with("journey", journey.id().toString())
			.with("factor", factor)
			.with("eServicesAccountSince", importedAt.map(Object::toString).orElse("unknown")));
		return StepOutcome.passed(Map.of("username", profile.username()));
	}

}
