package gov.irs.secureaccess.assisted;

import java.util.Locale;
import java.util.Optional;

import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.proofing.ProofingRules;
import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;
import gov.irs.secureaccess.sources.taxrecords.TaxRecords;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * AST-3 at a Taxpayer Assistance Center: a TAC officer records that two different forms
 * of government identification were seen for an existing e-Services user (AST-1 applies
 * here too), or, AST-5, for anyone with a tax record when
 * {@code secure-access.proofing.in-person-new-users} is on. Audited with the officer
 * ({@code tac-officer:<account id>}), the case number and the outcome; the e-Help Desk
 * can then proceed without the questions.
 */
@Service
public class TacDesk {

	/**
	 * What an officer's record came to: for an existing e-Services user (AST-3) the
	 * e-Help Desk goes on; for a new user (AST-5) the officer creates the account at once
	 * ({@code newUser}). {@code checkId} is 0 when refused.
	 */
	public record Recorded(HelpDesk.Outcome outcome, String maskedName, String maskedSsn, boolean newUser,
			long checkId) {

		static Recorded refused(HelpDesk.Outcome outcome) {
			return new Recorded(outcome, null, null, false, 0);
		}

	}

	private final HelpDesk desk;

	private final InPersonChecks checks;

	private final AuditLog audit;

	private final TaxRecords taxRecords;

	private final ProofingRules rules;

	TacDesk(HelpDesk desk, InPersonChecks checks, AuditLog audit, TaxRecords taxRecords, ProofingRules rules) {
		this.desk = desk;
		this.checks = checks;
		this.audit = audit;
		this.taxRecords = taxRecords;
		this.rules = rules;
	}

	static String actor(long officerId) {
		return "tac-officer:" + officerId;
	}

	@Transactional
	public Recorded record(long officerId, CaseNumber caseNumber, Ssn ssn, String lastName, IdType firstType,
			String firstLast4, IdType secondType, String secondLast4, String office, String address) {
		HelpDesk.Lookup lookup = this.desk.find(ssn, lastName);
		Recorded who;
		String subject;
		if (lookup.outcome() == HelpDesk.Outcome.FOUND) {
			HelpDesk.Person person = lookup.person().orElseThrow();
			who = new Recorded(HelpDesk.Outcome.FOUND, person.maskedName(), person.maskedSsn(), false, 0);
			subject = HelpDesk.legacySubject(person.legacy().id());
		}
		else if (lookup.outcome() == HelpDesk.Outcome.NOT_E_SERVICES_USER && this.rules.inPersonNewUsers()) {
			// AST-5: a new user may be proofed in person too; the tax record names them
			// and gives the address.
			Optional<TaxRecord> record = this.taxRecords.findBySsn(ssn);
			if (record.isEmpty()) {
				who = Recorded.refused(HelpDesk.Outcome.NO_TAX_RECORD);
			}
			else if (!HelpDesk.sameName(record.get().name().last(), lastName)) {
				who = Recorded.refused(HelpDesk.Outcome.NAME_MISMATCH);
			}
			else {
				who = new Recorded(HelpDesk.Outcome.FOUND,
						Masked.name(record.get().name().first(), record.get().name().last()), Masked.ssn(ssn), true, 0);
			}
			subject = null;
		}
		else {
			who = Recorded.refused(lookup.outcome());
			subject = null;
		}
		if (who.outcome() != HelpDesk.Outcome.FOUND) {
			this.audit.record(AuditEvent.of(actor(officerId), "tac.identity.refused", null, address)
				.with("case", caseNumber.value())
				.with("outcome", who.outcome().name().toLowerCase(Locale.ROOT)));
			return who;
		}
		long id = this.checks.record(ssn, firstType, firstLast4, secondType, secondLast4, office, officerId,
				caseNumber.value());
		this.audit.record(AuditEvent.of(actor(officerId), "tac.identity.recorded", subject, address)
			.with("case", caseNumber.value())
			.with("outcome", who.newUser() ? "recorded-new-user" : "recorded")
			.with("check", Long.toString(id))
			.with("documents", firstType.name() + " " + secondType.name()));
		return new Recorded(who.outcome(), who.maskedName(), who.maskedSsn(), who.newUser(), id);
	}

	/** AST-4: an action refused before it began (no or a wrong case number). */
	@Transactional
	public void refused(long officerId, String reason, String address) {
		this.audit.record(AuditEvent.of(actor(officerId), "tac.refused", null, address)
			.with("outcome", "refused")
			.with("reason", reason));
	}

}
