package gov.irs.secureaccess.portal.signin;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The levels of Secure Access as {@code acr} values (docs/federation.md, FED-4), in
 * increasing order: what an application asks for in {@code acr_values} and what the ID
 * token's {@code acr} says a sign-in achieved.
 */
public enum Acr {

	LOA_1(1, "urn:gov:irs:secure-access:loa-1"),

	LOA_2(2, "urn:gov:irs:secure-access:loa-2"),

	LOA_3(3, "urn:gov:irs:secure-access:loa-3"),

	/** LOA-3, signed in with a passkey (phishing-resistant AAL2). */
	PHISHING_RESISTANT(4, "urn:gov:irs:secure-access:aal2:phishing-resistant");

	/**
	 * What an {@code acr_values} from the server may look like: space-separated URIs,
	 * nothing else.
	 */
	private static final Pattern ACR_VALUES = Pattern.compile("[A-Za-z0-9:._-]{1,100}( [A-Za-z0-9:._-]{1,100}){0,4}");

	private final int rank;

	private final String uri;

	Acr(int rank, String uri) {
		this.rank = rank;
		this.uri = uri;
	}

	public int rank() {
		return this.rank;
	}

	public String uri() {
		return this.uri;
	}

	/** The {@code acr} of identity level {@code loa} (1 to 3). */
	public static Acr ofLoa(int loa) {
		return values()[Math.max(1, Math.min(loa, 3)) - 1];
	}

	public static Optional<Acr> of(String uri) {
		return Arrays.stream(values()).filter((acr) -> acr.uri.equals(uri)).findFirst();
	}

	/**
	 * The rank an {@code acr_values} asks for: the lowest recognised one (any is
	 * acceptable), also in the API's older spelling {@code ...:loa:N}; 0 when none is
	 * recognised.
	 */
	public static int rankOf(String acrValues) {
		int lowest = 0;
		for (String value : acrValues.trim().split(" +")) {
			int rank = of(value).map(Acr::rank).orElse(legacyRank(value));
			if (rank > 0 && (lowest == 0 || rank < lowest)) {
				lowest = rank;
			}
		}
		return lowest;
	}

	private static int legacyRank(String value) {
		for (int loa = 1; loa <= 3; loa++) {
			if (value.equals("urn:gov:irs:secure-access:loa:" + loa)) {
				return loa;
			}
		}
		return 0;
	}

	/**
	 * An {@code acr_values} as the server sent it, if it is well formed (it goes into a
	 * URL).
	 */
	public static Optional<String> wellFormed(String acrValues) {
		return Optional.ofNullable(acrValues).map(String::trim).filter((v) -> ACR_VALUES.matcher(v).matches());
	}

}
