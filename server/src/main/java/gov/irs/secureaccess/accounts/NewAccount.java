package gov.irs.secureaccess.accounts;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import gov.irs.secureaccess.sources.Ssn;

/**
 * An account about to be created at the end of registration. {@code phoneE164} is null on
 * the mail path until the person activates with the mailed code. {@code secretAnswers}
 * maps question ids to answers (mail path only).
 */
public record NewAccount(String username, String email, String firstName, String lastName, LocalDate dateOfBirth,
		Ssn ssn, String passwordHash, String sitePhrase, String siteImage, String phoneE164, AccountStatus status,
		int loa, String loaEvidence, Map<String, String> secretAnswers) {

	public NewAccount {
		Objects.requireNonNull(username, "username");
		Objects.requireNonNull(email, "email");
		Objects.requireNonNull(ssn, "ssn");
		Objects.requireNonNull(passwordHash, "passwordHash");
		Objects.requireNonNull(sitePhrase, "sitePhrase");
		Objects.requireNonNull(status, "status");
		if (!SiteImages.isInGallery(siteImage)) {
			throw new IllegalArgumentException("site image must be one of the gallery");
		}
		if (loa < 1 || loa > 3) {
			throw new IllegalArgumentException("loa must be 1 to 3");
		}
		secretAnswers = (secretAnswers != null) ? Map.copyOf(secretAnswers) : Map.of();
	}

	@Override
	public String toString() {
		return "NewAccount[redacted, status=" + this.status + ", loa=" + this.loa + "]";
	}

}
