package gov.irs.secureaccess.sources.taxrecords;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import gov.irs.secureaccess.sources.PersonName;
import gov.irs.secureaccess.sources.Ssn;

/**
 * What the tax records hold about one SSN: the identity and the last filed return
 * ({@code returnYear}), its adjusted gross income and the prior year's, the information
 * documents of both years, this year's IP PIN (null when the person has none) and the
 * balance due.
 */
public record TaxRecord(Ssn ssn, PersonName name, LocalDate dateOfBirth, FilingStatus filingStatus, Address address,
		int returnYear, BigDecimal agiCurrentYear, BigDecimal agiPriorYear, String ipPin, BigDecimal balanceDue,
		List<InformationDocument> documents) {

	private static final Pattern IP_PIN = Pattern.compile("\\d{6}");

	public TaxRecord {
		Objects.requireNonNull(ssn, "ssn");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(dateOfBirth, "dateOfBirth");
		Objects.requireNonNull(filingStatus, "filingStatus");
		Objects.requireNonNull(address, "address");
		if (returnYear < 1900 || returnYear > 2999) {
			throw new IllegalArgumentException("return year must be a four-digit year");
		}
		if (dateOfBirth.getYear() >= returnYear) {
			throw new IllegalArgumentException("date of birth must be before the return year");
		}
		agiCurrentYear = Money.cents(Objects.requireNonNull(agiCurrentYear, "agiCurrentYear"), "agi_current_year");
		agiPriorYear = Money.cents(Objects.requireNonNull(agiPriorYear, "agiPriorYear"), "agi_prior_year");
		balanceDue = Money.cents(Objects.requireNonNull(balanceDue, "balanceDue"), "balance_due");
		if (balanceDue.signum() < 0) {
			throw new IllegalArgumentException("balance due must not be negative");
		}
		if (ipPin != null && !IP_PIN.matcher(ipPin).matches()) {
			throw new IllegalArgumentException("ip pin must be 6 digits");
		}
		documents = List.copyOf(documents);
	}

	public Optional<String> ipPinIfAny() {
		return Optional.ofNullable(this.ipPin);
	}

	public TaxRecord withDocuments(List<InformationDocument> documents) {
		return new TaxRecord(this.ssn, this.name, this.dateOfBirth, this.filingStatus, this.address, this.returnYear,
				this.agiCurrentYear, this.agiPriorYear, this.ipPin, this.balanceDue, documents);
	}

	@Override
	public String toString() {
		return "TaxRecord[redacted, returnYear=" + this.returnYear + "]";
	}

}
