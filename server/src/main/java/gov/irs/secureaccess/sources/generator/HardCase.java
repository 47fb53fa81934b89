package gov.irs.secureaccess.sources.generator;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import gov.irs.secureaccess.sources.PersonName;
import gov.irs.secureaccess.sources.creditbureau.AccountType;
import gov.irs.secureaccess.sources.creditbureau.CardNetwork;
import gov.irs.secureaccess.sources.creditbureau.CreditAccount;
import gov.irs.secureaccess.sources.creditbureau.CreditFile;
import gov.irs.secureaccess.sources.phonecarrier.LineType;
import gov.irs.secureaccess.sources.phonecarrier.PhoneLine;
import gov.irs.secureaccess.sources.taxrecords.Address;

/**
 * What makes a person hard to proof online, read from their data (not from how they were
 * generated), so tests can check the population really has each case.
 */
public enum HardCase {

	APARTMENT_UNIT, CANADA, UNITED_KINGDOM, MEXICO, GERMANY, OTHER_ABROAD, MILITARY, ONLY_AMEX, ONLY_DEBIT,
	ONLY_CORPORATE, FROZEN_CREDIT, NO_CREDIT_FILE, PHONE_NOT_IN_NAME, PREPAID_PHONE, LANDLINE, VOIP_PHONE,
	BUSINESS_PHONE, NO_SMS, PHONE_NOT_US, NO_PHONE, ONLY_STUDENT_LOAN, RECENT_SIM_CHANGE;

	private static final Pattern UNIT = Pattern
		.compile("(?i).*\\b(apt\\.?|apartment|unit|ste|suite|fl)\\s+\\w+$|.*#\\s*\\w+$");

	static Set<HardCase> of(SyntheticPerson person) {
		Set<HardCase> cases = EnumSet.noneOf(HardCase.class);
		address(person.taxRecord().address(), cases);
		credit(person.creditFile(), cases);
		phone(person.phone(), person.taxRecord().name(), cases);
		return cases;
	}

	private static void address(Address address, Set<HardCase> cases) {
		switch (address.country()) {
			case "US" -> {
				if (address.isMilitary()) {
					cases.add(MILITARY);
				}
				else if (address.line2() != null || UNIT.matcher(address.line1()).matches()) {
					cases.add(APARTMENT_UNIT);
				}
			}
			case "CA" -> cases.add(CANADA);
			case "GB" -> cases.add(UNITED_KINGDOM);
			case "MX" -> cases.add(MEXICO);
			case "DE" -> cases.add(GERMANY);
			default -> cases.add(OTHER_ABROAD);
		}
	}

	private static void credit(CreditFile file, Set<HardCase> cases) {
		if (file == null) {
			cases.add(NO_CREDIT_FILE);
			return;
		}
		if (file.frozen()) {
			cases.add(FROZEN_CREDIT);
			return;
		}
		List<CreditAccount> accounts = file.accounts();
		if (!accounts.isEmpty() && accounts.stream()
			.allMatch((a) -> a.type() == AccountType.CREDIT_CARD && a.network() == CardNetwork.AMERICAN_EXPRESS)) {
			cases.add(ONLY_AMEX);
		}
		if (!accounts.isEmpty() && accounts.stream().allMatch((a) -> a.type() == AccountType.DEBIT_CARD)) {
			cases.add(ONLY_DEBIT);
		}
		if (!accounts.isEmpty() && accounts.stream().allMatch((a) -> a.type() == AccountType.CORPORATE_CARD)) {
			cases.add(ONLY_CORPORATE);
		}
		// REG-4: the only account the financial step accepts is a student loan (not
		// accepted before 2019).
		List<CreditAccount> accepted = accounts.stream().filter(CreditProfiles::passesReg4).toList();
		if (!accepted.isEmpty() && accepted.stream().allMatch((a) -> a.type() == AccountType.STUDENT_LOAN)) {
			cases.add(ONLY_STUDENT_LOAN);
		}
	}

	private static void phone(PhoneLine phone, PersonName name, Set<HardCase> cases) {
		if (phone == null) {
			cases.add(NO_PHONE);
			return;
		}
		String subscriber = phone.subscriberName();
		if (!phone.businessPlan()
				&& !(subscriber.startsWith(name.first() + " ") && subscriber.endsWith(" " + name.last()))) {
			cases.add(PHONE_NOT_IN_NAME);
		}
		if (phone.prepaid()) {
			cases.add(PREPAID_PHONE);
		}
		if (phone.lineType() == LineType.LANDLINE) {
			cases.add(LANDLINE);
		}
		if (phone.lineType() == LineType.VOIP) {
			cases.add(VOIP_PHONE);
		}
		if (phone.businessPlan()) {
			cases.add(BUSINESS_PHONE);
		}
		if (!phone.smsCapable()) {
			cases.add(NO_SMS);
		}
		if (!phone.usNumber()) {
			cases.add(PHONE_NOT_US);
		}
		// REG-13: the generator writes only recent changes, so any change the carrier
		// reports is one.
		if (phone.lastSimChange().isPresent()) {
			cases.add(RECENT_SIM_CHANGE);
		}
	}

}
