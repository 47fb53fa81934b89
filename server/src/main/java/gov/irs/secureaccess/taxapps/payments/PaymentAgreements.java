package gov.irs.secureaccess.taxapps.payments;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;
import gov.irs.secureaccess.sources.taxrecords.TaxRecords;
import gov.irs.secureaccess.taxapps.NotOnFileException;
import gov.irs.secureaccess.taxapps.Taxpayers;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Online Payment Agreement (FED-1): a monthly plan for the balance due, under
 * {@link PaymentPlanRules}; one active plan per person (a unique index keeps it so under
 * races). Only amounts and dates are stored: the plan holds no bank account, and none is
 * ever asked for (DATA-2). Set-up and cancellation are audited (DATA-4).
 */
@Service
public class PaymentAgreements {

	private final JdbcClient jdbc;

	private final TaxRecords taxRecords;

	private final Taxpayers taxpayers;

	private final AuditLog audit;

	private final Clock clock;

	PaymentAgreements(JdbcClient jdbc, TaxRecords taxRecords, Taxpayers taxpayers, AuditLog audit, Clock clock) {
		this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
		this.taxRecords = Objects.requireNonNull(taxRecords, "taxRecords");
		this.taxpayers = Objects.requireNonNull(taxpayers, "taxpayers");
		this.audit = Objects.requireNonNull(audit, "audit");
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	@Transactional(readOnly = true)
	public Optional<PaymentAgreement> active(Ssn ssn) {
		return this.jdbc.sql("select * from payment_agreement where ssn_hash = :ssnHash and status = 'ACTIVE'")
			.param("ssnHash", this.taxpayers.key(ssn))
			.query((rs, n) -> agreement(rs))
			.optional();
	}

	/**
	 * Sets up a plan for the whole balance due.
	 * @throws PaymentAgreementRefused when a rule is broken or a plan is already active
	 * @throws NotOnFileException when no return is on file
	 */
	@Transactional
	public PaymentAgreement create(long accountId, Ssn ssn, BigDecimal monthlyAmount, int dayOfMonth) {
		TaxRecord record = this.taxRecords.findBySsn(ssn)
			.orElseThrow(() -> new NotOnFileException("No return is on file for you."));
		if (active(ssn).isPresent()) {
			throw alreadyActive();
		}
		BigDecimal balance = record.balanceDue();
		int months = PaymentPlanRules.months(balance, monthlyAmount, dayOfMonth);
		LocalDate first = PaymentPlanRules.firstPayment(LocalDate.now(this.clock), dayOfMonth);
		long id;
		try {
			id = this.jdbc
				.sql("""
						insert into payment_agreement (ssn_hash, account_id, tax_year, balance, monthly_amount, day_of_month,
						    months, first_payment_on, status, created_at)
						values (:ssnHash, :accountId, :taxYear, :balance, :amount, :day, :months, :first, 'ACTIVE', :now)
						returning id""")
				.param("ssnHash", this.taxpayers.key(ssn))
				.param("accountId", accountId)
				.param("taxYear", record.returnYear())
				.param("balance", balance)
				.param("amount", monthlyAmount.setScale(2))
				.param("day", dayOfMonth)
				.param("months", months)
				.param("first", first)
				.param("now", Timestamp.from(this.clock.instant()))
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw alreadyActive();
		}
		this.audit
			.record(AuditEvent.of("account:" + accountId, "payment-agreement.created", "account:" + accountId, null)
				.with("months", Integer.toString(months)));
		return active(ssn).filter((agreement) -> agreement.id() == id).orElseThrow();
	}

	/** Ends the active plan. @throws PaymentAgreementRefused when there is none */
	@Transactional
	public void cancel(long accountId, Ssn ssn) {
		int updated = this.jdbc.sql("""
				update payment_agreement set status = 'CANCELLED', cancelled_at = :now
				 where ssn_hash = :ssnHash and status = 'ACTIVE'""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("ssnHash", this.taxpayers.key(ssn))
			.update();
		if (updated == 0) {
			throw new PaymentAgreementRefused(PaymentAgreementRefused.Reason.NONE_ACTIVE,
					"You have no active payment agreement.");
		}
		this.audit
			.record(AuditEvent.of("account:" + accountId, "payment-agreement.cancelled", "account:" + accountId, null));
	}

	private static PaymentAgreementRefused alreadyActive() {
		return new PaymentAgreementRefused(PaymentAgreementRefused.Reason.ALREADY_ACTIVE,
				"You already have an active payment agreement.");
	}

	private static PaymentAgreement agreement(ResultSet rs) throws SQLException {
		BigDecimal balance = rs.getBigDecimal("balance");
		BigDecimal amount = rs.getBigDecimal("monthly_amount");
		int months = rs.getInt("months");
		return new PaymentAgreement(rs.getLong("id"), rs.getInt("tax_year"), balance, amount, rs.getInt("day_of_month"),
				months, PaymentPlanRules.finalAmount(balance, amount, months),
				rs.getObject("first_payment_on", LocalDate.class), rs.getString("status"),
				rs.getTimestamp("created_at").toInstant());
	}

}
