package gov.irs.secureaccess.sources.creditbureau;

import java.time.Instant;
import java.util.Objects;

/** A soft inquiry on a person's credit file: who asked and when. */
public record SoftInquiry(String requester, Instant at) {

	public SoftInquiry {
		Objects.requireNonNull(requester, "requester");
		Objects.requireNonNull(at, "at");
	}

}
