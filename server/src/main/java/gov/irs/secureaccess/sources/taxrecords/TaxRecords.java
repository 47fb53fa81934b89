package gov.irs.secureaccess.sources.taxrecords;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import gov.irs.secureaccess.sources.PersonName;
import gov.irs.secureaccess.sources.Ssn;

/** The tax records source (port): the IRS's own records of a taxpayer, found by SSN. */
public interface TaxRecords {

	/**
	 * The record with its information documents, or empty when no return is on file for
	 * that SSN.
	 */
	Optional<TaxRecord> findBySsn(Ssn ssn);

	/**
	 * REG-14: whether the last return's refund went by direct deposit to this account
	 * (routing number and last 4 digits). {@code false} as well when no refund account is
	 * on file: the caller cannot tell the two apart, and the person is told the same (no
	 * oracle).
	 */
	boolean refundAccountMatches(Ssn ssn, RefundAccount account);

	/**
	 * REG-14: whether the record names a refund account at all (for the funnel's reason
	 * code, never for the page).
	 */
	boolean hasRefundAccount(Ssn ssn);

	/**
	 * The names on file for many SSNs at once (TIN Matching in bulk); SSNs with no return
	 * are absent from the map. Implementations should answer in a few queries, not one
	 * per SSN.
	 */
	default Map<Ssn, PersonName> namesBySsn(Collection<Ssn> ssns) {
		Map<Ssn, PersonName> names = new LinkedHashMap<>();
		for (Ssn ssn : ssns) {
			findBySsn(ssn).ifPresent((record) -> names.put(ssn, record.name()));
		}
		return names;
	}

}
