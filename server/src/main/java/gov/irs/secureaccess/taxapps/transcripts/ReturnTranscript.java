package gov.irs.secureaccess.taxapps.transcripts;

import java.math.BigDecimal;
import java.util.List;

/**
 * A return transcript of one tax year: most lines of the Form 1040 as filed, personal
 * data masked.
 *
 * @param taxYear the year of the return
 * @param form always {@code 1040}
 * @param ssn masked, {@code XXX-XX-1234}
 * @param name masked, first four letters of first and last name
 * @param street masked, first six characters of line 1
 * @param place city, state, postal code (and country abroad)
 * @param filingStatus as filed
 * @param income income lines summed from the year's information documents
 * @param adjustedGrossIncome the AGI of the return
 * @param documents the year's information documents (payers masked)
 */
public record ReturnTranscript(int taxYear, String form, String ssn, String name, String street, String place,
		String filingStatus, List<IncomeLine> income, BigDecimal adjustedGrossIncome, List<PayerLine> documents) {

	public ReturnTranscript {
		income = List.copyOf(income);
		documents = List.copyOf(documents);
	}

}
