package gov.irs.secureaccess.signin;

import java.util.List;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.SiteImages;
import gov.irs.secureaccess.platform.crypto.KeyedHash;

import org.springframework.stereotype.Component;

/**
 * SIGN-4: for a username with no account, a site image and phrase that look real and stay the same for that name
 * (derived from a keyed hash of it), so the page never tells whether the username exists.
 */
@Component
class DecoySite {

	private static final List<String> ADJECTIVES = List.of("Quiet", "Golden", "Silver", "Bright", "Gentle", "Hidden",
			"Northern", "Early", "Patient", "Brave", "Little", "Distant", "Morning", "Winter", "Summer", "Open");

	private static final List<String> NOUNS = List.of("harbor", "meadow", "lantern", "river", "orchard", "bridge",
			"garden", "mountain", "window", "compass", "sparrow", "island", "valley", "candle", "forest", "library");

	private static final List<String> ENDINGS = List.of("at dawn", "in the rain", "by the sea", "after supper",
			"on Sunday", "in spring", "under stars", "at noon");

	private final KeyedHash keyedHash;

	DecoySite(KeyedHash keyedHash) {
		this.keyedHash = keyedHash;
	}

	SiteIdentity forUsername(String username) {
		String hash = this.keyedHash.of("signin.decoy", Accounts.canonicalUsername(username));
		int a = Integer.parseInt(hash.substring(0, 4), 16);
		int b = Integer.parseInt(hash.substring(4, 8), 16);
		int c = Integer.parseInt(hash.substring(8, 12), 16);
		int d = Integer.parseInt(hash.substring(12, 16), 16);
		String phrase = ADJECTIVES.get(a % ADJECTIVES.size()) + " " + NOUNS.get(b % NOUNS.size()) + " "
				+ ENDINGS.get(c % ENDINGS.size());
		return new SiteIdentity(SiteImages.GALLERY.get(d % SiteImages.GALLERY.size()), phrase);
	}

	/** The image and phrase shown before the password. */
	record SiteIdentity(String image, String phrase) {
	}

}
