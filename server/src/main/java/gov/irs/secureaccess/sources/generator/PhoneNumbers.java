package gov.irs.secureaccess.sources.generator;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import gov.irs.secureaccess.sources.phonecarrier.PhoneNumber;

/**
 * Hands out unique, fictional phone numbers: US and Canadian numbers use the
 * 555-0100..0199 block that the North American Numbering Plan keeps for fiction; UK
 * numbers use Ofcom's drama range 07700 900000..900999.
 */
final class PhoneNumbers {

	/** 712 area codes of form NXX (not N11) times 100 fictional lines. */
	static final int US_CAPACITY = 71_200;

	private final Set<String> used = new HashSet<>();

	/**
	 * Reserves a number so the random population never reuses it (demo people's numbers).
	 */
	void reserve(PhoneNumber number) {
		if (!this.used.add(number.e164())) {
			throw new IllegalStateException("phone number reserved twice");
		}
	}

	/** A fictional number in this area code if one is left, else in any area code. */
	PhoneNumber nanp(Random random, String areaCode) {
		for (int attempt = 0; attempt < 20; attempt++) {
			String e164 = "+1" + areaCode + "55501" + String.format("%02d", random.nextInt(100));
			if (this.used.add(e164)) {
				return PhoneNumber.of(e164);
			}
		}
		while (true) {
			String area = (2 + random.nextInt(8)) + "" + random.nextInt(9) + random.nextInt(10);
			if (area.endsWith("11")) {
				continue;
			}
			String e164 = "+1" + area + "55501" + String.format("%02d", random.nextInt(100));
			if (this.used.add(e164)) {
				return PhoneNumber.of(e164);
			}
		}
	}

	/** A UK mobile in the drama range; null when that range is used up. */
	PhoneNumber unitedKingdom(Random random) {
		for (int attempt = 0; attempt < 20; attempt++) {
			String e164 = "+447700900" + String.format("%03d", random.nextInt(1000));
			if (this.used.add(e164)) {
				return PhoneNumber.of(e164);
			}
		}
		return null;
	}

}
