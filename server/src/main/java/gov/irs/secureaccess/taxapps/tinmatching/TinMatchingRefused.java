package gov.irs.secureaccess.taxapps.tinmatching;

/**
 * A TIN Matching request refused as a whole (too many pairs, a file that is not text...);
 * the message is safe to show.
 */
public final class TinMatchingRefused extends RuntimeException {

	public TinMatchingRefused(String message) {
		super(message);
	}

}
