package gov.irs.secureaccess.sources.taxrecords;

import java.math.BigDecimal;

/** The sealed part of an {@code information_document} row (context {@value #CONTEXT}). */
record DocumentPayload(String payerName, String amount) {

	static final String CONTEXT = "information_document.payload";

	static DocumentPayload of(InformationDocument document) {
		return new DocumentPayload(document.payerName(), document.amount().toPlainString());
	}

	InformationDocument toDocument(int taxYear, FormType formType) {
		return new InformationDocument(taxYear, formType, this.payerName, new BigDecimal(this.amount));
	}

}
