package gov.irs.secureaccess.sources.generator;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import gov.irs.secureaccess.sources.creditbureau.CreditFile;
import gov.irs.secureaccess.sources.phonecarrier.PhoneLine;
import gov.irs.secureaccess.sources.taxrecords.RefundAccount;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;

/**
 * One generated person as each source sees them: the tax record (with documents), the
 * credit file (null: the bureau has none), the phone line in their hands (null: no phone)
 * and the bank account the last refund was deposited into (null: none on the return,
 * REG-14).
 */
public record SyntheticPerson(TaxRecord taxRecord, CreditFile creditFile, PhoneLine phone,
		RefundAccount refundAccount) {

	public SyntheticPerson {
		Objects.requireNonNull(taxRecord, "taxRecord");
		if (creditFile != null && !creditFile.ssn().equals(taxRecord.ssn())) {
			throw new IllegalArgumentException("credit file and tax record must be the same person");
		}
	}

	public SyntheticPerson(TaxRecord taxRecord, CreditFile creditFile, PhoneLine phone) {
		this(taxRecord, creditFile, phone, null);
	}

	public Optional<RefundAccount> refundAccountIfAny() {
		return Optional.ofNullable(this.refundAccount);
	}

	public Optional<CreditFile> creditFileIfAny() {
		return Optional.ofNullable(this.creditFile);
	}

	public Optional<PhoneLine> phoneIfAny() {
		return Optional.ofNullable(this.phone);
	}

	/**
	 * The hard cases this person's data actually shows (empty: an ordinary person who can
	 * pass everything).
	 */
	public Set<HardCase> hardCases() {
		return HardCase.of(this);
	}

	@Override
	public String toString() {
		return "SyntheticPerson[redacted, cases=" + hardCases() + "]";
	}

}
