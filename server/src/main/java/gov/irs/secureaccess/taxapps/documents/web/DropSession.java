package gov.irs.secureaccess.taxapps.documents.web;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the document drop keeps in the (database-backed) HTTP session between its pages:
 * the email address and the reference sealed (DATA-1), the code's subject, whether the
 * code was accepted, and the last receipt (shown once).
 */
final class DropSession {

	static final String PENDING = "documents.pending";

	static final String RECEIPT = "documents.receipt";

	private DropSession() {
	}

	/**
	 * Between asking for a code and uploading: {@code verified} once the emailed code was
	 * accepted.
	 */
	record Pending(String subject, String emailSealed, String kind, String numberSealed,
			boolean verified) implements Serializable {

		Pending asVerified() {
			return new Pending(this.subject, this.emailSealed, this.kind, this.numberSealed, true);
		}

		@Override
		public String toString() {
			return "Pending[redacted, verified=" + this.verified + "]";
		}

	}

	/** The receipt shown after an upload. */
	record ShownReceipt(String number, int fileCount, Instant receivedAt) implements Serializable {
	}

}
