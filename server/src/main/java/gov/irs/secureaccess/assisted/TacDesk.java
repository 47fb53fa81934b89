package gov.irs.secureaccess.assisted;

import java.util.Locale;

import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.sources.Ssn;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * AST-3 at a Taxpayer Assistance Center: a TAC officer records that two different forms of government
 * identification were seen for an existing e-Services user (AST-1 applies here too). Audited with the officer
 * ({@code tac-officer:<account id>}), the case number and the outcome; the e-Help Desk can then proceed without the
 * questions.
 */
@Service
public class TacDesk {

	/** What an officer's record came to. */
	public record Recorded(HelpDesk.Outcome outcome, HelpDesk.Person person) {
	}

	private final HelpDesk desk;

	private final InPersonChecks checks;

	private final AuditLog audit;

	TacDesk(HelpDesk desk, InPersonChecks checks, AuditLog audit) {
		this.desk = desk;
		this.checks = checks;
		this.audit = audit;
	}

	static String actor(long officerId) {
		return "tac-officer:" + officerId;
	}

	@Transactional
	public Recorded record(long officerId, CaseNumber caseNumber, Ssn ssn, String lastName, IdType firstType,
			String firstLast4, IdType secondType, String secondLast4, String office, String address) {
		HelpDesk.Lookup lookup = this.desk.find(ssn, lastName);
		if (lookup.outcome() != HelpDesk.Outcome.FOUND) {
			this.audit.record(AuditEvent.of(actor(officerId), "tac.identity.refused", null, address)
				.with("case", caseNumber.value())
				.with("outcome", lookup.outcome().name().toLowerCase(Locale.ROOT)));
			return new Recorded(lookup.outcome(), null);
		}
		HelpDesk.Person person = lookup.person().orElseThrow();
		long id = this.checks.record(ssn, firstType, firstLast4, secondType, secondLast4, office, officerId,
				caseNumber.value());
		this.audit.record(AuditEvent.of(actor(officerId), "tac.identity.recorded",
				HelpDesk.legacySubject(person.legacy().id()), address)
			.with("case", caseNumber.value())
			.with("outcome", "recorded")
			.with("check", Long.toString(id))
			.with("documents", firstType.name() + " " + secondType.name()));
		return new Recorded(HelpDesk.Outcome.FOUND, person);
	}

	/** AST-4: an action refused before it began (no or a wrong case number). */
	@Transactional
	public void refused(long officerId, String reason, String address) {
		this.audit.record(AuditEvent.of(actor(officerId), "tac.refused", null, address).with("outcome", "refused")
			.with("reason", reason));
	}

}
