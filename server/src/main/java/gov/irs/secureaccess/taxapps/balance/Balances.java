package gov.irs.secureaccess.taxapps.balance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;
import gov.irs.secureaccess.sources.taxrecords.TaxRecords;
import gov.irs.secureaccess.taxapps.NotOnFileException;
import gov.irs.secureaccess.taxapps.payments.PaymentAgreements;

import org.springframework.stereotype.Service;

/**
 * Online account / View Balance (FED-1): the balance due from the tax record, with any
 * active payment plan.
 */
@Service
public class Balances {

	private final TaxRecords taxRecords;

	private final PaymentAgreements agreements;

	private final Clock clock;

	Balances(TaxRecords taxRecords, PaymentAgreements agreements, Clock clock) {
		this.taxRecords = Objects.requireNonNull(taxRecords, "taxRecords");
		this.agreements = Objects.requireNonNull(agreements, "agreements");
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	/**
	 * What the person owes, from their last return.
	 * @throws NotOnFileException when no return is on file
	 */
	public Balance of(Ssn ssn) {
		TaxRecord record = this.taxRecords.findBySsn(ssn)
			.orElseThrow(() -> new NotOnFileException("No return is on file for you."));
		return new Balance(record.returnYear(), record.balanceDue(), LocalDate.now(this.clock),
				this.agreements.active(ssn).orElse(null));
	}

}
