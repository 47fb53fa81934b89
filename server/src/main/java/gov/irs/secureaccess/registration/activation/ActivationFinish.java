package gov.irs.secureaccess.registration.activation;

import java.time.Clock;
import java.util.Map;

import gov.irs.secureaccess.accounts.AccountProfile;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.proofing.RegistrationMessages;
import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;
import gov.irs.secureaccess.sources.taxrecords.TaxRecords;

import org.springframework.stereotype.Component;

/**
 * The end of the mail path, whichever second factor finished it (REG-6): once the account
 * is active at LOA-3, the notice of proofing goes out by letter and email (REG-8) and the
 * activation is audited.
 */
@Component
class ActivationFinish {

	private final Accounts accounts;

	private final TaxRecords taxRecords;

	private final RegistrationMessages messages;

	private final AuditLog audit;

	private final Clock clock;

	ActivationFinish(Accounts accounts, TaxRecords taxRecords, RegistrationMessages messages, AuditLog audit,
			Clock clock) {
		this.accounts = accounts;
		this.taxRecords = taxRecords;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	/** Sends the REG-8 notice and audits the activation; the journey is then done. */
	StepOutcome activated(Journey journey, long id) {
		AccountProfile profile = this.accounts.profile(id);
		TaxRecord record = this.taxRecords.findBySsn(Ssn.parse(profile.ssn())).orElseThrow();
		this.messages.proofingNotice(record.name().fullName(), record.address(), profile.email(), this.clock.instant(),
				profile.username(), ActivationStates.locale(journey));
		String subject = "account:" + id;
		this.audit.record(AuditEvent.of(subject, "account.activated", subject, null).with("loa", "3"));
		return StepOutcome.passed(Map.of("username", profile.username()));
	}

}
