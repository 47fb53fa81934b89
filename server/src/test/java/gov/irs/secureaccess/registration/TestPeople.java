package gov.irs.secureaccess.registration;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.sources.SourcesProperties;
import gov.irs.secureaccess.sources.creditbureau.AccountType;
import gov.irs.secureaccess.sources.creditbureau.CardNetwork;
import gov.irs.secureaccess.sources.creditbureau.CreditAccount;
import gov.irs.secureaccess.sources.generator.DemoPeople;
import gov.irs.secureaccess.sources.generator.DemoPerson;
import gov.irs.secureaccess.sources.generator.HardCase;
import gov.irs.secureaccess.sources.generator.PopulationGenerator;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;
import gov.irs.secureaccess.sources.taxrecords.Address;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people tests register, with the forms they type. A person registers once per
 * database, and test classes of one context share the database: a test that finishes a
 * registration uses a person no other test uses. Demo people (docs/demo-people.md) by
 * number; "ordinary" generated people (no hard case: a US address, a usable account, a
 * mobile in their name) by index, each index owned by one test: 0-1 and 5-6 REG-5, 2
 * REG-6, 3-4 REG-7, 7-9 REG-9, 10-11 bad input, 13 DATA-5, 21 APP-2, 22 REG-9
 * (activation), 30-39 federation (FED-4 step-up, {@code federation/FederationPeople};
 * 33-34 FederationApiTest), 40-49 the tax applications (package taxapps), 50-59 REG-10
 * and REG-11 (legacy e-Services accounts: LegacyMigrationTest 50-55, LegacyMergeTest
 * 56-57), 60-69 AST-* (the e-Help Desk and TAC tests in {@code assisted}), 70-79 the
 * portal end to end (FED-1 to FED-5, {@code taxapps/portal/PortalPeople}: 70 IP PIN, 71
 * step-up, 72 document drop), 80-89 issue 13 (REG-13, REG-14, AST-5:
 * RegistrationProofingTest 80-81, InPersonForEveryoneTest 82-83 and 87,
 * SimChangeSigninTest 84-85, ProofingPathsBrowserTest 86, RegistrationProofingTest 88-89
 * prepaid tenure). 90-94 OUT-1 (verification events and the reports:
 * {@code RegistrationVerificationEventsTest}, {@code insights}). 95-99 DATA-1 canaries
 * (PiiCanaryTest), 100-119 REG-7 under a race (RegistrationRaceTest), 120-129 REG-14 and
 * waiting accounts (RegistrationProofingTest, FinancialStepNoneOfTheseTest,
 * RegistrationWaitingAccountTest, InPersonForEveryoneTest 128), 130-139 DATA-1 canaries
 * over every journey and application (PiiCanaryJourneysTest, PiiCanaryApplicationsTest).
 * 140-149 DATA-1 canaries over the journeys after registration
 * (PiiCanaryAccountJourneysTest: 140 recovery, password, phone and app; 141 the e-Help
 * Desk; 142 a TAC check). The phone-change tests take people from the END of the list
 * (PhoneChangePeople): the test population (400) keeps the end past 139.
 */
public final class TestPeople {

	private final int taxYear;

	private final List<SyntheticPerson> ordinary;

	private final List<SyntheticPerson> generated;

	public TestPeople(SourcesProperties sources) {
		SourcesProperties.Generator settings = sources.generator();
		this.taxYear = settings.taxYear();
		this.generated = new PopulationGenerator(settings.seed(), settings.people(), settings.taxYear()).generate()
			.stream()
			.skip(DemoPeople.all(settings.taxYear()).size())
			.toList();
		this.ordinary = this.generated.stream()
			.filter((person) -> person.hardCases().isEmpty() && usableAccount(person).isPresent())
			.toList();
	}

	/** Demo person number {@code n} (1 to 18). */
	public SyntheticPerson demo(int n) {
		return demoEntry(n).person();
	}

	CreditAccount demoAccount(int n) {
		return demoEntry(n).accountToUse();
	}

	private DemoPerson demoEntry(int n) {
		return DemoPeople.all(this.taxYear).get(n - 1);
	}

	public SyntheticPerson ordinary(int index) {
		return this.ordinary.get(index);
	}

	/**
	 * The {@code index}-th generated person whose one hard case is {@code hardCase}, for
	 * a test that needs the case without taking a demo person another test registers.
	 * Index 0 of each case belongs to RegistrationFinancialTest.
	 */
	public SyntheticPerson onlyCase(HardCase hardCase, int index) {
		return this.generated.stream()
			.filter((person) -> person.hardCases().equals(Set.of(hardCase)))
			.skip(index)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("too few generated people with only " + hardCase));
	}

	/**
	 * REG-14: the {@code index}-th generated person whose one hard case is
	 * {@code hardCase} and whose last refund was deposited into a bank account (the tax
	 * record holds it).
	 */
	public SyntheticPerson onlyCaseWithRefund(HardCase hardCase, int index) {
		return this.generated.stream()
			.filter((person) -> person.hardCases().equals(Set.of(hardCase)))
			.filter((person) -> person.refundAccountIfAny().isPresent())
			.skip(index)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(
					"too few generated people with only " + hardCase + " and a refund"));
	}

	static Map<String, String> contact(SyntheticPerson person, String email) {
		return Map.of("firstName", person.taxRecord().name().first(), "lastName", person.taxRecord().name().last(),
				"email", email);
	}

	/** The identity form typed exactly as the record has it. */
	static Map<String, String> identity(SyntheticPerson person) {
		TaxRecord record = person.taxRecord();
		Address address = record.address();
		Map<String, String> form = new HashMap<>();
		form.put("ssn", record.ssn().formatted());
		form.put("dobMonth", Integer.toString(record.dateOfBirth().getMonthValue()));
		form.put("dobDay", Integer.toString(record.dateOfBirth().getDayOfMonth()));
		form.put("dobYear", Integer.toString(record.dateOfBirth().getYear()));
		form.put("filingStatus", record.filingStatus().name());
		form.put("line1", address.line1());
		form.put("line2", (address.line2() != null) ? address.line2() : "");
		form.put("city", address.city());
		form.put("state", (address.state() != null) ? address.state() : "");
		form.put("postalCode", (address.postalCode() != null) ? address.postalCode() : "");
		form.put("country", address.isAbroad() ? address.country() : "");
		return form;
	}

	static Map<String, String> with(Map<String, String> form, String... pairs) {
		Map<String, String> changed = new HashMap<>(form);
		for (int i = 0; i < pairs.length; i += 2) {
			changed.put(pairs[i], pairs[i + 1]);
		}
		return changed;
	}

	static Map<String, String> financial(CreditAccount account) {
		return Map.of("accountType", account.type().name(), "last8", account.last8().digits());
	}

	Map<String, String> financial(SyntheticPerson person) {
		return financial(usableAccount(person).orElseThrow());
	}

	/** The phone as a person types it: (206) 555-0102. */
	static String phone(SyntheticPerson person) {
		return national(person.phone().number().e164());
	}

	static String national(String e164) {
		String d = e164.substring(2);
		return "(" + d.substring(0, 3) + ") " + d.substring(3, 6) + "-" + d.substring(6);
	}

	static String e164(SyntheticPerson person) {
		return person.phone().number().e164();
	}

	static Map<String, String> secretQuestions() {
		return Map.of("question1", "firstSchool", "answer1", "Lincoln Elementary", "question2", "firstJob", "answer2",
				"Corner bakery");
	}

	static Map<String, String> credentials(String username, boolean mailPath) {
		Map<String, String> form = new HashMap<>(DemoPeopleForms.credentials(username));
		if (mailPath) {
			form.putAll(secretQuestions());
		}
		return form;
	}

	/** Walks contact, email code and identity; answers the financial page. */
	String toIdentityPassed(RegistrationDriver browser, SyntheticPerson person, String email) throws Exception {
		browser.start();
		browser.submit("contact", contact(person, email));
		browser.submit("confirm-email", Map.of("code", browser.latestCode(Channel.EMAIL, email)));
		String page = browser.submit("identity", identity(person));
		assertThat(page).as("identity of the person").contains("Verify a financial account");
		return page;
	}

	/** Walks contact, email code, identity and financial; answers the phone page. */
	String toPhoneStep(RegistrationDriver browser, SyntheticPerson person, Map<String, String> financial, String email)
			throws Exception {
		toIdentityPassed(browser, person, email);
		String page = browser.submit("financial", financial);
		assertThat(page).as("financial account of the person").contains("Verify your mobile phone");
		return page;
	}

	String toPhoneStep(RegistrationDriver browser, SyntheticPerson person, String email) throws Exception {
		return toPhoneStep(browser, person, financial(person), email);
	}

	/** The whole SMS path; answers the done page. */
	String registerBySms(RegistrationDriver browser, SyntheticPerson person, Map<String, String> financial,
			String email, String username) throws Exception {
		toPhoneStep(browser, person, financial, email);
		return registerBySmsFromFinancial(browser, person, null, username);
	}

	/**
	 * From the financial step (or, with {@code financial} null, the phone step) to the
	 * done page.
	 */
	String registerBySmsFromFinancial(RegistrationDriver browser, SyntheticPerson person, Map<String, String> financial,
			String username) throws Exception {
		if (financial != null) {
			assertThat(browser.submit("financial", financial)).contains("Verify your mobile phone");
		}
		String page = browser.submit("phone", Map.of("phone", phone(person)));
		assertThat(page).contains("Enter the code we texted");
		browser.submit("confirm-phone", Map.of("code", browser.latestCode(Channel.SMS, e164(person))));
		page = browser.submit("credentials", credentials(username, false));
		assertThat(page).contains("Your account is ready");
		return page;
	}

	/** The mail path up to its done page (the letter is queued). */
	String registerByMail(RegistrationDriver browser, SyntheticPerson person, Map<String, String> financial,
			String email, String username) throws Exception {
		toPhoneStep(browser, person, financial, email);
		String page = browser.act("/register/mail");
		assertThat(page).contains("Create your username and password").contains("Secret questions");
		page = browser.submit("credentials", credentials(username, true));
		assertThat(page).contains("Watch for your activation code by mail");
		return page;
	}

	String registerByMail(RegistrationDriver browser, SyntheticPerson person, String email, String username)
			throws Exception {
		return registerByMail(browser, person, financial(person), email, username);
	}

	/**
	 * The letter's code (to the person's name), then a phone; answers the page after the
	 * texted code.
	 */
	static String activate(RegistrationDriver browser, SyntheticPerson person, String username, String phoneE164)
			throws Exception {
		String mailCode = browser.latestCode(Channel.LETTER,
				person.taxRecord().name().fullName().toUpperCase(Locale.ROOT));
		browser.activationPage();
		String page = browser.activate("sign-in",
				Map.of("username", username, "password", "lantern maple harbor quietly"));
		assertThat(page).contains("Enter your activation code");
		page = browser.activate("code", Map.of("code", mailCode));
		assertThat(page).contains("Register a phone for security codes");
		page = browser.activate("phone", Map.of("phone", national(phoneE164)));
		if (!page.contains("security code to")) {
			return page;
		}
		return browser.activate("confirm-phone", Map.of("code", browser.latestCode(Channel.SMS, phoneE164)));
	}

	private static Optional<CreditAccount> usableAccount(SyntheticPerson person) {
		return person.creditFileIfAny()
			.filter((file) -> !file.frozen())
			.flatMap((file) -> file.accounts()
				.stream()
				.filter((a) -> (a.type() == AccountType.CREDIT_CARD && a.network() != CardNetwork.AMERICAN_EXPRESS)
						|| (!a.type().isCard()))
				.findFirst());
	}

}
