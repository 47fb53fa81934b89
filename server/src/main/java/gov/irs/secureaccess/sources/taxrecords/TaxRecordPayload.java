package gov.irs.secureaccess.sources.taxrecords;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import gov.irs.secureaccess.sources.PersonName;
import gov.irs.secureaccess.sources.Ssn;

/**
 * The sealed part of a {@code tax_record} row (context {@value #CONTEXT}); dates and
 * amounts as text.
 */
record TaxRecordPayload(String first, String middle, String last, String suffix, String dateOfBirth, String line1,
		String line2, String city, String state, String postalCode, String country, String agiCurrentYear,
		String agiPriorYear, String ipPin, String balanceDue) {

	static final String CONTEXT = "tax_record.payload";

	static TaxRecordPayload of(TaxRecord record) {
		PersonName name = record.name();
		Address address = record.address();
		return new TaxRecordPayload(name.first(), name.middle(), name.last(), name.suffix(),
				record.dateOfBirth().toString(), address.line1(), address.line2(), address.city(), address.state(),
				address.postalCode(), address.country(), record.agiCurrentYear().toPlainString(),
				record.agiPriorYear().toPlainString(), record.ipPin(), record.balanceDue().toPlainString());
	}

	TaxRecord toRecord(Ssn ssn, FilingStatus status, int returnYear, List<InformationDocument> documents) {
		return new TaxRecord(ssn, new PersonName(this.first, this.middle, this.last, this.suffix),
				LocalDate.parse(this.dateOfBirth), status,
				new Address(this.line1, this.line2, this.city, this.state, this.postalCode, this.country), returnYear,
				new BigDecimal(this.agiCurrentYear), new BigDecimal(this.agiPriorYear), this.ipPin,
				new BigDecimal(this.balanceDue), documents);
	}

}
