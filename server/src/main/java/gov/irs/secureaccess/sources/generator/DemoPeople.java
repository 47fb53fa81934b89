package gov.irs.secureaccess.sources.generator;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import gov.irs.secureaccess.sources.PersonName;
import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.sources.creditbureau.AccountLast8;
import gov.irs.secureaccess.sources.creditbureau.AccountType;
import gov.irs.secureaccess.sources.creditbureau.CardNetwork;
import gov.irs.secureaccess.sources.creditbureau.CreditAccount;
import gov.irs.secureaccess.sources.creditbureau.CreditFile;
import gov.irs.secureaccess.sources.phonecarrier.LineType;
import gov.irs.secureaccess.sources.phonecarrier.PhoneLine;
import gov.irs.secureaccess.sources.phonecarrier.PhoneNumber;
import gov.irs.secureaccess.sources.taxrecords.Address;
import gov.irs.secureaccess.sources.taxrecords.FilingStatus;
import gov.irs.secureaccess.sources.taxrecords.RefundAccount;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;

/**
 * One person per hard case, always the first people of a generated population whatever
 * the seed, so they can be written down (docs/demo-people.md). Their income comes from a
 * random seeded by their SSN. Olivia Bennett (1) also has an IP PIN (314159) and a
 * balance due ($2,418.50), for the tax applications (docs/tax-applications.md).
 */
public final class DemoPeople {

	/** How many demo people there are: the first people of every generated population. */
	public static final int COUNT = 18;

	private DemoPeople() {
	}

	/**
	 * The demo people, with the SIM change of #18 two days before tax day after
	 * {@code taxYear}.
	 */
	public static List<DemoPerson> all(int taxYear) {
		return all(taxYear, PopulationGenerator.referenceInstant(taxYear));
	}

	/**
	 * The demo people, with the SIM change of #18 two days before {@code asOf} (REG-13).
	 */
	public static List<DemoPerson> all(int taxYear, Instant asOf) {
		List<DemoPerson> people = List.of(
				demo("Happy path", null, 1, PersonName.of("Olivia", "Bennett"), "1986-04-12", FilingStatus.SINGLE,
						us("1450 Maple Ave", null, "Columbus", "OH", "43215"), false, visa("41120734"),
						mobile("+16145550101", "Olivia Bennett"),
						"Passes every step: Visa card, mobile phone in her name", taxYear),
				demo("Apartment unit", HardCase.APARTMENT_UNIT, 2, new PersonName("Marcus", "J", "Lee", null),
						"1979-11-02", FilingStatus.MARRIED_FILING_JOINTLY,
						us("2200 Pine St", "Apt 5C", "Seattle", "WA", "98101-1234"), false,
						loan(AccountType.MORTGAGE, "73300118"), mobile("+12065550102", "Marcus J Lee"),
						"Unit on line 2 of the return; typing \"2200 Pine Street Apartment 5C\" on line 1 and ZIP 98101 must also match (REG-3)",
						taxYear),
				demo("Canada", HardCase.CANADA, 3, PersonName.of("Sophie", "Tremblay"), "1991-07-23",
						FilingStatus.SINGLE,
						new Address("455 Rue Sainte-Catherine Ouest", null, "Montréal", "QC", "H3B 1A5", "CA"), false,
						visa("50917726"), mobile("+12025550103", "Sophie Tremblay"),
						"Address abroad: province, Canadian postal code, accented city (seed 001: city vs country)",
						taxYear),
				demo("United Kingdom", HardCase.UNITED_KINGDOM, 4, PersonName.of("Oliver", "Hughes"), "1982-01-30",
						FilingStatus.MARRIED_FILING_SEPARATELY,
						new Address("Flat 2", "14 Kensington Gardens Square", "London", null, "W2 4BH", "GB"), false,
						mastercard("66021583"), mobile("+12025550104", "Oliver Hughes"),
						"UK address: flat on line 1, street on line 2, no state, UK postcode", taxYear),
				demo("Mexico", HardCase.MEXICO, 5, PersonName.of("Alejandro", "Hernández Ruiz"), "1975-09-18",
						FilingStatus.HEAD_OF_HOUSEHOLD,
						new Address("Av. Paseo de la Reforma 250", "Col. Juárez", "Ciudad de México", "CDMX", "06600",
								"MX"),
						false, loan(AccountType.CAR_LOAN, "80452291"),
						mobile("+12025550105", "Alejandro Hernández Ruiz"),
						"Mexican address (number after street, colonia on line 2); two-word surname with an accent",
						taxYear),
				demo("Germany", HardCase.GERMANY, 6, PersonName.of("Emily", "Schneider"), "1988-05-06",
						FilingStatus.SINGLE, new Address("Friedrichstraße 43", null, "Berlin", null, "10117", "DE"),
						false, visa("31578840"), mobile("+12025550106", "Emily Schneider"),
						"German address: ß in the street, number after street, no state", taxYear),
				demo("Military", HardCase.MILITARY, 7, new PersonName("James", "R", "Carter", null), "1990-02-14",
						FilingStatus.MARRIED_FILING_JOINTLY, us("Unit 3050 Box 112", null, "APO", "AE", "09096"), false,
						mastercard("27739015"), mobile("+19105550107", "James R Carter"),
						"US military address: APO with state AE", taxYear),
				demo("Only American Express", HardCase.ONLY_AMEX, 8, PersonName.of("Priya", "Patel"), "1984-12-09",
						FilingStatus.SINGLE, us("88 Lakeview Dr", null, "Austin", "TX", "78701"), false,
						card(AccountType.CREDIT_CARD, CardNetwork.AMERICAN_EXPRESS, "10054217"),
						mobile("+15125550108", "Priya Patel"),
						"Her only card is American Express: refused with its own message (REG-4); then the bank account of her last refund (REG-14)",
						taxYear),
				demo("Only debit card", HardCase.ONLY_DEBIT, 9, PersonName.of("Daniel", "Kim"), "1998-08-21",
						FilingStatus.SINGLE, us("301 W 5th St", null, "Los Angeles", "CA", "90013"), false,
						card(AccountType.DEBIT_CARD, CardNetwork.VISA, "44718820"),
						mobile("+12135550109", "Daniel Kim"),
						"His only card is a debit card: refused with its own message (REG-4); then the bank account of his last refund (REG-14)",
						taxYear),
				demo("Credit freeze", HardCase.FROZEN_CREDIT, 10, PersonName.of("Grace", "O'Connor"), "1969-03-27",
						FilingStatus.QUALIFYING_SURVIVING_SPOUSE, us("19 Church St", null, "Boston", "MA", "02108"),
						true, mastercard("58200347"), mobile("+16175550110", "Grace O'Connor"),
						"Credit file frozen: the page says to lift the freeze temporarily (REG-4), or use the bank account of her last refund (REG-14)",
						taxYear),
				demo("No credit file", HardCase.NO_CREDIT_FILE, 11, PersonName.of("Tyler", "Begay"), "2004-06-15",
						FilingStatus.SINGLE, us("7 Cottonwood Ln", null, "Albuquerque", "NM", "87102"), false,
						visa("90817263"), mobile("+15055550111", "Tyler Begay"),
						"The bureau has no file for him: the page offers the bank account of his last refund instead (REG-14)",
						taxYear),
				demo("Phone not in name", HardCase.PHONE_NOT_IN_NAME, 12, PersonName.of("Ethan", "Brooks"),
						"1993-10-04", FilingStatus.MARRIED_FILING_JOINTLY,
						us("512 N Broad St", null, "Philadelphia", "PA", "19130"), false, visa("62093318"),
						mobile("+12155550112", "Rachel Brooks"),
						"His phone is billed to Rachel Brooks: offer the activation code by mail (REG-6)", taxYear),
				demo("Prepaid phone", HardCase.PREPAID_PHONE, 13, PersonName.of("Maria", "Gonzalez"), "1987-01-19",
						FilingStatus.HEAD_OF_HOUSEHOLD, us("2750 Sunset Blvd", null, "Miami", "FL", "33135"), false,
						loan(AccountType.CAR_LOAN, "35561092"),
						new PhoneLine(PhoneNumber.of("+13055550113"), "Maria Gonzalez", LineType.MOBILE, true, false,
								true, true),
						"Prepaid mobile: not accepted for the SMS step, allowed after a mail code (REG-5, REG-6)",
						taxYear),
				demo("Landline", HardCase.LANDLINE, 14, new PersonName("Robert", "A", "Johnson", "JR"), "1952-08-30",
						FilingStatus.MARRIED_FILING_JOINTLY, us("1204 Highland Ave", null, "Birmingham", "AL", "35205"),
						false, loan(AccountType.HELOC, "70029954"),
						new PhoneLine(PhoneNumber.of("+12055550114"), "Robert Johnson", LineType.LANDLINE, false, false,
								false, true),
						"Landline, cannot receive texts; suffix JR in the name", taxYear),
				demo("VoIP phone", HardCase.VOIP_PHONE, 15, PersonName.of("Hannah", "Wright"), "1995-12-01",
						FilingStatus.SINGLE, us("66 Market St", null, "Denver", "CO", "80202"), false,
						card(AccountType.CREDIT_CARD, CardNetwork.DISCOVER, "13370824"),
						new PhoneLine(PhoneNumber.of("+13035550115"), "Hannah Wright", LineType.VOIP, false, false,
								true, true),
						"Internet (VoIP) number: not a mobile, refused for the SMS step (REG-5)", taxYear),
				demo("No phone", HardCase.NO_PHONE, 16, PersonName.of("William", "Turner"), "1947-04-22",
						FilingStatus.SINGLE, us("340 Elm St", null, "Omaha", "NE", "68102"), false,
						loan(AccountType.HOME_EQUITY_LOAN, "21648805"), null,
						"No phone at all: activation code by mail, then an authenticator app (REG-6)", taxYear),
				demo("Only a student loan", HardCase.ONLY_STUDENT_LOAN, 17, PersonName.of("Jordan", "Rivera"),
						"2001-03-08", FilingStatus.SINGLE, us("1120 College Ave", "Apt 3", "Madison", "WI", "53715"),
						false, loan(AccountType.STUDENT_LOAN, "48810275"), mobile("+16085550117", "Jordan Rivera"),
						"No credit card, mortgage or car loan; a student loan passes the financial step (REG-4)",
						taxYear),
				demo("New SIM card", HardCase.RECENT_SIM_CHANGE, 18, PersonName.of("Nina", "Castillo"), "1983-07-29",
						FilingStatus.MARRIED_FILING_SEPARATELY,
						us("905 Peachtree St NE", null, "Atlanta", "GA", "30309"), false, visa("77104562"),
						mobile("+14045550118", "Nina Castillo").withTakeoverSignals(asOf.minus(Duration.ofDays(2)),
								null),
						"Her phone's SIM was changed 2 days ago: no texted activation code, the code by mail instead (REG-13)",
						taxYear));
		return people.stream().map(DemoPeople::withRefundAccount).toList();
	}

	/**
	 * REG-14: the people the bureau cannot serve (8 to 11) had their last refund
	 * deposited; the others none.
	 */
	private static DemoPerson withRefundAccount(DemoPerson demo) {
		RefundAccount refund = REFUND_ACCOUNTS.get(demo.person().taxRecord().ssn().formatted());
		if (refund == null) {
			return demo;
		}
		SyntheticPerson person = demo.person();
		return new DemoPerson(demo.label(), demo.hardCase(),
				new SyntheticPerson(person.taxRecord(), person.creditFile(), person.phone(), refund),
				demo.accountToUse(), demo.shows());
	}

	/** Routing numbers with right ABA check digits; the last 4 of each account. */
	private static final Map<String, RefundAccount> REFUND_ACCOUNTS = Map.of("666-01-0008",
			RefundAccount.of("111000614", "4417"), "666-01-0009", RefundAccount.of("121000358", "0923"), "666-01-0010",
			RefundAccount.of("011000565", "7781"), "666-01-0011", RefundAccount.of("107000534", "3150"));

	private static DemoPerson demo(String label, HardCase hardCase, int serial, PersonName name, String dateOfBirth,
			FilingStatus status, Address address, boolean frozen, CreditAccount account, PhoneLine phone, String shows,
			int taxYear) {
		Ssn ssn = Ssn.parse(String.format("666-01-%04d", serial));
		LocalDate birth = LocalDate.parse(dateOfBirth);
		Incomes.Income income = Incomes.of(new Random(serial), taxYear, taxYear - birth.getYear());
		TaxRecord record = new TaxRecord(ssn, name, birth, status, address, taxYear, income.agiCurrent(),
				income.agiPrior(), (serial == 1) ? "314159" : null,
				(serial == 1) ? new BigDecimal("2418.50") : BigDecimal.ZERO, income.documents());
		CreditFile file = (hardCase == HardCase.NO_CREDIT_FILE) ? null : new CreditFile(ssn, frozen, List.of(account));
		return new DemoPerson(label, hardCase, new SyntheticPerson(record, file, phone), account, shows);
	}

	private static Address us(String line1, String line2, String city, String state, String zip) {
		return new Address(line1, line2, city, state, zip, Address.US);
	}

	private static PhoneLine mobile(String number, String subscriber) {
		return new PhoneLine(PhoneNumber.of(number), subscriber, LineType.MOBILE, false, false, true, true);
	}

	private static CreditAccount visa(String last8) {
		return card(AccountType.CREDIT_CARD, CardNetwork.VISA, last8);
	}

	private static CreditAccount mastercard(String last8) {
		return card(AccountType.CREDIT_CARD, CardNetwork.MASTERCARD, last8);
	}

	private static CreditAccount card(AccountType type, CardNetwork network, String last8) {
		return new CreditAccount(type, network, AccountLast8.of(last8));
	}

	private static CreditAccount loan(AccountType type, String last8) {
		return new CreditAccount(type, null, AccountLast8.of(last8));
	}

}
