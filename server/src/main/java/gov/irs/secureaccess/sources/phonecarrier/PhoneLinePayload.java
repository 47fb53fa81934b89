package gov.irs.secureaccess.sources.phonecarrier;

/** The sealed part of a {@code phone_line} row (context {@value #CONTEXT}). */
record PhoneLinePayload(String subscriberName) {

	static final String CONTEXT = "phone_line.payload";

}
