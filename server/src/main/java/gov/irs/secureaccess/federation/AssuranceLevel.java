package gov.irs.secureaccess.federation;

import java.util.Arrays;
import java.util.Optional;

import gov.irs.secureaccess.session.SigninAssurance;

/**
 * The levels an application can ask for (FED-4), as {@code acr} values, in increasing
 * order: the identity levels of RULES.md (LOA-1, LOA-2, LOA-3) and, above LOA-3, LOA-3
 * signed in with a phishing-resistant authenticator (a passkey: NIST SP 800-63B-4
 * phishing-resistant AAL2). A higher level satisfies every lower one, so an application
 * compares the {@code acr} it receives with the one it needs.
 */
public enum AssuranceLevel {

	LOA_1(1, "urn:gov:irs:secure-access:loa-1"),

	LOA_2(2, "urn:gov:irs:secure-access:loa-2"),

	LOA_3(3, "urn:gov:irs:secure-access:loa-3"),

	/** LOA-3 and a passkey at this sign-in. */
	PHISHING_RESISTANT(4, SigninAssurance.ACR_PHISHING_RESISTANT);

	private final int rank;

	private final String acr;

	AssuranceLevel(int rank, String acr) {
		this.rank = rank;
		this.acr = acr;
	}

	public String acr() {
		return this.acr;
	}

	/** The identity level (1 to 3) an account must have reached. */
	public int identityLoa() {
		return Math.min(this.rank, 3);
	}

	public boolean needsPhishingResistance() {
		return this == PHISHING_RESISTANT;
	}

	public boolean satisfies(AssuranceLevel required) {
		return this.rank >= required.rank;
	}

	public static AssuranceLevel max(AssuranceLevel a, AssuranceLevel b) {
		return (a.rank >= b.rank) ? a : b;
	}

	/**
	 * The level of an {@code acr} value. {@link SigninAssurance#ACR_AAL2} (any sign-in:
	 * every sign-in here is AAL2, password and a second factor) asks nothing of the
	 * identity, so it is LOA-1.
	 */
	public static Optional<AssuranceLevel> ofAcr(String acr) {
		if (SigninAssurance.ACR_AAL2.equals(acr)) {
			return Optional.of(LOA_1);
		}
		return Arrays.stream(values()).filter((level) -> level.acr.equals(acr)).findFirst();
	}

	/**
	 * What a sign-in achieved: the account's level, raised to phishing-resistant for a
	 * LOA-3 account with a passkey.
	 */
	public static AssuranceLevel achieved(int loa, boolean phishingResistant) {
		if (loa >= 3) {
			return phishingResistant ? PHISHING_RESISTANT : LOA_3;
		}
		return (loa == 2) ? LOA_2 : LOA_1;
	}

	/**
	 * The level an authorization request needs: the lowest recognised value of
	 * {@code acr_values} (any of them is acceptable to the application), never below the
	 * application's own level (its floor).
	 */
	public static AssuranceLevel required(AssuranceLevel floor, String acrValues) {
		if (acrValues == null || acrValues.isBlank()) {
			return floor;
		}
		Optional<AssuranceLevel> requested = Arrays.stream(acrValues.trim().split("\\s+"))
			.map(AssuranceLevel::ofAcr)
			.flatMap(Optional::stream)
			.min((a, b) -> Integer.compare(a.rank, b.rank));
		return requested.map((level) -> max(floor, level)).orElse(floor);
	}

}
