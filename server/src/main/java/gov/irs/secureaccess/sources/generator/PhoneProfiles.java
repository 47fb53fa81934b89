package gov.irs.secureaccess.sources.generator;

import java.util.List;
import java.util.Random;

import gov.irs.secureaccess.sources.PersonName;
import gov.irs.secureaccess.sources.phonecarrier.LineType;
import gov.irs.secureaccess.sources.phonecarrier.PhoneLine;
import gov.irs.secureaccess.sources.phonecarrier.PhoneNumber;
import gov.irs.secureaccess.sources.taxrecords.Address;

/**
 * Phone lines: most people have a US mobile in their name; the REG-5 hard cases in
 * realistic proportions.
 */
final class PhoneProfiles {

	enum Kind {

		MOBILE_IN_NAME, NOT_IN_NAME, PREPAID, LANDLINE, VOIP, BUSINESS_PLAN, NO_SMS, NONE

	}

	private static final List<String> COMPANY_SUFFIXES = List.of("Plumbing LLC", "Consulting Inc.", "Landscaping",
			"& Sons Construction", "Family Dental PC", "Realty Group");

	private PhoneProfiles() {
	}

	/**
	 * Per 1000: 4% no phone, 6% not in their name, 7% prepaid, 5% landline, 3% VoIP, 2%
	 * business, 0.5% no SMS.
	 */
	static Kind pickKind(Random random) {
		int roll = random.nextInt(1000);
		if (roll < 40) {
			return Kind.NONE;
		}
		if (roll < 100) {
			return Kind.NOT_IN_NAME;
		}
		if (roll < 170) {
			return Kind.PREPAID;
		}
		if (roll < 220) {
			return Kind.LANDLINE;
		}
		if (roll < 250) {
			return Kind.VOIP;
		}
		if (roll < 270) {
			return Kind.BUSINESS_PLAN;
		}
		if (roll < 275) {
			return Kind.NO_SMS;
		}
		return Kind.MOBILE_IN_NAME;
	}

	/**
	 * A phone line of this kind for the person.
	 * @return null for {@link Kind#NONE}
	 */
	static PhoneLine of(Kind kind, Random random, PersonName name, PhoneNumber number) {
		String inName = subscriberName(random, name);
		return switch (kind) {
			case NONE -> null;
			case MOBILE_IN_NAME -> new PhoneLine(number, inName, LineType.MOBILE, false, false, true, true);
			case NOT_IN_NAME -> new PhoneLine(number, Names.householdMember(random, name).fullName(), LineType.MOBILE,
					false, false, true, true);
			case PREPAID -> new PhoneLine(number, inName, LineType.MOBILE, true, false, true, true);
			case LANDLINE -> new PhoneLine(number, inName, LineType.LANDLINE, false, false, false, true);
			case VOIP -> new PhoneLine(number, inName, LineType.VOIP, false, false, random.nextInt(100) < 70, true);
			case BUSINESS_PLAN -> new PhoneLine(number, name.last() + " " + Names.pick(random, COMPANY_SUFFIXES),
					LineType.MOBILE, false, true, true, true);
			case NO_SMS -> new PhoneLine(number, inName, LineType.MOBILE, false, false, false, true);
		};
	}

	/**
	 * People abroad: a local mobile (Canada on +1 but not US, UK drama range), or a US
	 * mobile kept from home.
	 */
	static PhoneLine abroad(Random random, PersonName name, Address address, PhoneNumbers numbers) {
		String inName = subscriberName(random, name);
		if ("CA".equals(address.country()) && random.nextInt(100) < 60) {
			String area = Names.pick(random, List.of("416", "514", "604", "613", "403"));
			return new PhoneLine(numbers.nanp(random, area), inName, LineType.MOBILE, false, false, true, false);
		}
		if ("GB".equals(address.country()) && random.nextInt(100) < 60) {
			PhoneNumber number = numbers.unitedKingdom(random);
			if (number != null) {
				return new PhoneLine(number, inName, LineType.MOBILE, false, false, true, false);
			}
		}
		if (random.nextInt(100) < 30) {
			return null;
		}
		return new PhoneLine(numbers.nanp(random, "202"), inName, LineType.MOBILE, false, false, true, true);
	}

	/** Carriers bill under "First Last" or "First M Last". */
	static String subscriberName(Random random, PersonName name) {
		if (name.middle() != null && random.nextInt(100) < 30) {
			return name.first() + " " + name.middle().charAt(0) + " " + name.last();
		}
		return name.first() + " " + name.last();
	}

}
