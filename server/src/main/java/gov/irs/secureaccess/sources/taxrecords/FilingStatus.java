package gov.irs.secureaccess.sources.taxrecords;

/** The filing status of the last filed return. */
public enum FilingStatus {

	SINGLE, MARRIED_FILING_JOINTLY, MARRIED_FILING_SEPARATELY, HEAD_OF_HOUSEHOLD, QUALIFYING_SURVIVING_SPOUSE

}
