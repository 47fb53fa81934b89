package gov.irs.secureaccess.signin;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.SiteImages;
import gov.irs.secureaccess.platform.crypto.KeyedHash;

import org.springframework.stereotype.Component;

/**
 * SIGN-4: for a username with no account, a site image and phrase that look real and stay
 * the same for that name (derived from a keyed hash of it), so the page never tells
 * whether the username exists. The phrase is drawn from the shapes people give theirs
 * ({@link DecoyPhrases}).
 */
@Component
class DecoySite {

	private static final DecoyPhrases PHRASES = DecoyPhrases.fromClasspath();

	private final KeyedHash keyedHash;

	DecoySite(KeyedHash keyedHash) {
		this.keyedHash = keyedHash;
	}

	SiteIdentity forUsername(String username) {
		String hash = this.keyedHash.of("signin.decoy", Accounts.canonicalUsername(username));
		int image = Integer.parseInt(hash.substring(0, 4), 16);
		long phrase = Long.parseUnsignedLong(hash.substring(4, 20), 16);
		return new SiteIdentity(SiteImages.GALLERY.get(image % SiteImages.GALLERY.size()), PHRASES.phrase(phrase));
	}

	/** The image and phrase shown before the password. */
	record SiteIdentity(String image, String phrase) {
	}

}
