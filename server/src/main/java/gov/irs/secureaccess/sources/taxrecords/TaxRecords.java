package gov.irs.secureaccess.sources.taxrecords;

import java.util.Optional;

import gov.irs.secureaccess.sources.Ssn;

/** The tax records source (port): the IRS's own records of a taxpayer, found by SSN. */
public interface TaxRecords {

	/** The record with its information documents, or empty when no return is on file for that SSN. */
	Optional<TaxRecord> findBySsn(Ssn ssn);

}
