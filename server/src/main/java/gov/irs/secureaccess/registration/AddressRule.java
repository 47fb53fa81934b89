package gov.irs.secureaccess.registration;

import java.util.Locale;

import gov.irs.secureaccess.proofing.ProofingRules;
import gov.irs.secureaccess.registration.address.AddressMatcher;
import gov.irs.secureaccess.registration.address.EnteredAddress;
import gov.irs.secureaccess.sources.taxrecords.Address;

import org.springframework.stereotype.Component;

/**
 * Which address comparison the identity step uses
 * ({@code secure-access.proofing.address-match}): REG-3's {@link AddressMatcher} (ours),
 * or the 2018 rule, the address matched exactly as typed.
 */
@Component
public final class AddressRule {

	private final ProofingRules.AddressMatch mode;

	AddressRule(ProofingRules rules) {
		this.mode = rules.addressMatch();
	}

	public boolean matches(EnteredAddress entered, Address onRecord) {
		return (this.mode == ProofingRules.AddressMatch.EXACT) ? exactly(entered, onRecord)
				: AddressMatcher.compare(entered, onRecord).matches();
	}

	/**
	 * The 2018 rule: every field as on the return, only case and surrounding or repeated
	 * spaces aside. "St" is not "Street", a ZIP is not its ZIP+4, a unit on the other
	 * line is another address; an empty country is the US.
	 */
	static boolean exactly(EnteredAddress entered, Address onRecord) {
		String country = plain(entered.country());
		return plain(entered.line1()).equals(plain(onRecord.line1()))
				&& plain(entered.line2()).equals(plain(onRecord.line2()))
				&& plain(entered.city()).equals(plain(onRecord.city()))
				&& plain(entered.state()).equals(plain(onRecord.state()))
				&& plain(entered.postalCode()).equals(plain(onRecord.postalCode()))
				&& (country.isEmpty() ? "us" : country).equals(plain(onRecord.country()));
	}

	private static String plain(String field) {
		return (field != null) ? field.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT) : "";
	}

}
