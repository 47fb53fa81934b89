package gov.irs.secureaccess.registration;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import gov.irs.secureaccess.accounts.AccountStatus;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.NewAccount;
import gov.irs.secureaccess.accounts.legacy.LegacyAccounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.messaging.letters.LetterBatcher;
import gov.irs.secureaccess.platform.db.DataFolderProperties;
import gov.irs.secureaccess.proofing.ProofingRules;
import gov.irs.secureaccess.signin.SigninDriver;
import gov.irs.secureaccess.sources.creditbureau.AccountType;
import gov.irs.secureaccess.sources.creditbureau.CardNetwork;
import gov.irs.secureaccess.sources.creditbureau.CreditAccount;
import gov.irs.secureaccess.sources.generator.HardCase;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;
import gov.irs.secureaccess.sources.taxrecords.RefundAccount;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;
import gov.irs.secureaccess.support.OutboxCodes;
import gov.irs.secureaccess.support.PiiCanaryScan;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PII canaries over every registration journey (DATA-1, DATA-2, DATA-3, DATA-5), in the
 * style of {@link PiiCanaryTest}: the mail path with its letter and activation (REG-6),
 * the refund account (REG-14), the financial step with every account type (REG-4), a
 * legacy e-Services move (REG-10) and a merge (REG-11). Every value typed or sent is a
 * marker; afterwards {@link PiiCanaryScan} looks for them in every table of every schema,
 * a {@code pg_dump}, the data folder's files (the letter batch's PDF and manifest), the
 * Prometheus scrape and the log. People: TestPeople ordinary 130 to 138, and the first
 * NO_CREDIT_FILE person from index 2 with a refund account.
 */
@ExtendWith(OutputCaptureExtension.class)
class PiiCanaryJourneysTest extends RegistrationTestBase {

	@Autowired
	LegacyAccounts legacy;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordHasher hasher;

	@Autowired
	LetterBatcher letters;

	@Autowired
	PrometheusMeterRegistry prometheus;

	@Autowired
	DataSource dataSource;

	@Autowired
	DataFolderProperties dataFolder;

	@Autowired
	ProofingRules rules;

	private final Map<String, String> markers = new LinkedHashMap<>();

	@Test
	@DisplayName("DATA-1, DATA-3: mail path and activation, refund account, every account type, legacy move and merge leave no marker in clear")
	void DATA_1_DATA_3_whenEveryRegistrationJourneyIsRun_thenNoValueTypedOrSentIsAnywhereInClear(CapturedOutput log)
			throws Exception {
		LoggerFactory.getLogger(RegistrationService.class).info("canary capture check");
		assertThat(log.getAll()).as("the capture sees the service's log").contains("canary capture check");
		List<SyntheticPerson> people = new ArrayList<>();

		SyntheticPerson byMail = this.people.ordinary(130);
		people.add(byMail);
		mailPathAndActivation(byMail);
		people.add(refundAccount());
		people.addAll(everyAccountType());
		SyntheticPerson moved = this.people.ordinary(137);
		people.add(moved);
		legacyMove(moved);
		SyntheticPerson merged = this.people.ordinary(138);
		people.add(merged);
		legacyMerge(merged);
		assertThat(this.letters.run()).as("the letter batch is written to the data folder").isPresent();

		PiiCanaryScan scan = new PiiCanaryScan(this.jdbc, this.dataSource, this.dataFolder.dataDir());
		for (SyntheticPerson person : people) {
			personMarkers(scan, person);
		}
		this.markers.forEach(scan::marker);
		// The only markers allowed in clear, and only in the letter batch's PDF (the
		// print vendor's copy, in the data folder): letters are mailed to the address of
		// record, so they carry the name and the street (the REG-8 proofing notice to
		// everyone, the REG-6 activation letter), and the activation letter its code.
		for (SyntheticPerson person : people) {
			scan.allowIn(person.taxRecord().name().last() + " last name", "file letters/");
			scan.allowIn(person.taxRecord().name().last() + " street", "file letters/");
		}
		scan.allowIn("mail code", "file letters/");

		List<String> found = scan.findings(log.getAll(), this.prometheus.scrape());

		assertThat(found)
			.as("places holding a marker in clear (pg_dump: %s)", scan.pgDumpUsed().orElse("not installed"))
			.isEmpty();
	}

	/**
	 * A person's own values as markers: the SSN (with and without dashes), the phone, a
	 * long last name, the street.
	 */
	static void personMarkers(PiiCanaryScan scan, SyntheticPerson person) {
		TaxRecord record = person.taxRecord();
		String who = record.name().last();
		scan.marker(who + " SSN", record.ssn().formatted());
		scan.marker(who + " SSN digits", record.ssn().formatted().replace("-", ""));
		scan.marker(who + " phone", TestPeople.e164(person).substring(2));
		if (record.name().last().length() >= 6) {
			scan.marker(who + " last name", record.name().last());
		}
		scan.marker(who + " street", record.address().line1());
	}

	// REG-6: the mail path, its letter, and the activation with a phone afterwards.
	private void mailPathAndActivation(SyntheticPerson person) throws Exception {
		RegistrationDriver browser = browser();
		String email = marker("mail email", "canary.mail.q7x3k9@example.test");
		Map<String, String> account = this.people.financial(person);
		browser.start();
		browser.submit("contact", TestPeople.contact(person, email));
		browser.submit("confirm-email",
				Map.of("code", marker("mail email code", browser.latestCode(Channel.EMAIL, email))));
		browser.submit("identity", TestPeople.identity(person));
		// REG-4: a debit card is refused with its own message; its digits are typed all
		// the same.
		browser.submit("financial", Map.of("accountType", "DEBIT_CARD", "last8", marker("debit digits", "40718293")));
		assertThat(browser.submit("financial", account)).contains("Verify your mobile phone");
		marker("mail account digits", account.get("last8"));
		assertThat(browser.act("/register/mail")).contains("Secret questions");
		String password = marker("mail password", "quokka lantern mailbox 7731");
		Map<String, String> credentials = new HashMap<>(credentials("canary.mail.q7x", password));
		credentials
			.putAll(Map.of("question1", "firstSchool", "answer1", marker("secret answer 1", "Quokkaville Primary"),
					"question2", "firstJob", "answer2", marker("secret answer 2", "Wombat Bakery Annex")));
		assertThat(browser.submit("credentials", credentials)).contains("Watch for your activation code by mail");

		String mailCode = marker("mail code",
				browser.latestCode(Channel.LETTER, person.taxRecord().name().fullName().toUpperCase(Locale.ROOT)));
		browser.activationPage();
		assertThat(browser.activate("sign-in", Map.of("username", "canary.mail.q7x", "password", password)))
			.contains("Enter your activation code");
		assertThat(browser.activate("code", Map.of("code", mailCode))).contains("Register a phone for security codes");
		String page = browser.activate("phone", Map.of("phone", TestPeople.phone(person)));
		if (page.contains("security code to")) {
			browser.activate("confirm-phone", Map.of("code",
					marker("activation texted code", browser.latestCode(Channel.SMS, TestPeople.e164(person)))));
		}
	}

	// REG-14: no credit file, so the refund account of the last return.
	private SyntheticPerson refundAccount() throws Exception {
		SyntheticPerson person = IntStream.range(2, 40)
			.mapToObj((index) -> this.people.onlyCase(HardCase.NO_CREDIT_FILE, index))
			.filter((candidate) -> candidate.refundAccountIfAny().isPresent())
			.findFirst()
			.orElseThrow();
		RefundAccount refund = person.refundAccountIfAny().orElseThrow();
		RegistrationDriver browser = browser();
		String email = marker("refund email", "canary.refund.w2m8@example.test");
		browser.start();
		browser.submit("contact", TestPeople.contact(person, email));
		browser.submit("confirm-email",
				Map.of("code", marker("refund email code", browser.latestCode(Channel.EMAIL, email))));
		browser.submit("identity", TestPeople.identity(person));
		assertThat(browser.submit("financial",
				Map.of("accountType", "CREDIT_CARD", "last8", marker("no-file digits", "52719364"))))
			.contains("name=\"routingNumber\"");
		// Four digits (the account's last 4) are found by chance among ids and counts, so
		// only the routing number is a marker; RegistrationProofingTest checks the
		// journey's data for both.
		String page = browser.submit("financial", Map.of("proof", "refund-account", "routingNumber",
				marker("refund routing", refund.routingNumber()), "accountLast4", refund.last4()));
		assertThat(page).contains("Verify your mobile phone");
		smsToDone(browser, person, "canary.refund.w2m", "refund");
		return person;
	}

	// REG-4: every account type the bureau knows, each typed by someone: the right one
	// passes, the others are tried.
	private List<SyntheticPerson> everyAccountType() throws Exception {
		Set<AccountType> typed = EnumSet.noneOf(AccountType.class);
		List<SyntheticPerson> people = new ArrayList<>();
		// Only the types the financial step offers (REG-4): another value is refused as a
		// bad form before any check.
		List<AccountType> untried = new ArrayList<>(this.rules.offeredAccountTypes());
		for (int index = 131; index <= 136; index++) {
			SyntheticPerson person = this.people.ordinary(index);
			CreditAccount account = person.creditFile()
				.accounts()
				.stream()
				.filter((a) -> !typed.contains(a.type()) && usable(a))
				.findFirst()
				.orElseGet(() -> person.creditFile()
					.accounts()
					.stream()
					.filter(PiiCanaryJourneysTest::usable)
					.findFirst()
					.orElseThrow());
			typed.add(account.type());
			untried.remove(account.type());
			people.add(person);
			String tag = "type" + index;
			RegistrationDriver browser = browser();
			String email = marker(tag + " email", "canary." + tag + ".k4p@example.test");
			browser.start();
			browser.submit("contact", TestPeople.contact(person, email));
			browser.submit("confirm-email",
					Map.of("code", marker(tag + " email code", browser.latestCode(Channel.EMAIL, email))));
			browser.submit("identity", TestPeople.identity(person));
			if (!untried.isEmpty()) {
				AccountType other = untried.remove(0);
				browser.submit("financial", Map.of("accountType", other.name(), "last8",
						marker(other + " tried digits", "3" + index + "8264")));
			}
			assertThat(browser.submit("financial", TestPeople.financial(account))).contains("Verify your mobile phone");
			marker(account.type() + " digits", account.last8().digits());
			smsToDone(browser, person, "canary." + tag + ".k4p", tag);
		}
		return people;
	}

	private static boolean usable(CreditAccount account) {
		return (account.type() == AccountType.CREDIT_CARD && account.network() != CardNetwork.AMERICAN_EXPRESS)
				|| !account.type().isCard();
	}

	// REG-10: an e-Services user moves with their username, the financial account, a
	// texted code, a new password.
	private void legacyMove(SyntheticPerson person) throws Exception {
		LegacyPeople.legacyAccount(this.legacy, person, "Canary.Moves.Preparer");
		marker("legacy email", "canary.moves.preparer@example.test");
		marker("legacy old password", LegacyPeople.OLD_PASSWORD);
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox);
		assertThat(LegacyMigrationTest.legacySignIn(browser, "Canary.Moves.Preparer", LegacyPeople.OLD_PASSWORD))
			.contains("Move your e-Services account to Secure Access");
		Map<String, String> account = this.people.financial(person);
		marker("legacy account digits", account.get("last8"));
		assertThat(browser.postAndShow("/sign-in/legacy", TestPeople.with(account, "step", "financial")))
			.contains("Verify your mobile phone");
		browser.postAndShow("/sign-in/legacy", Map.of("step", "phone", "phone", TestPeople.phone(person)));
		browser.postAndShow("/sign-in/legacy", Map.of("step", "confirm-phone", "code",
				marker("legacy texted code", OutboxCodes.latest(this.outbox, TestPeople.e164(person)))));
		String password = marker("legacy new password", "quokka harbor moving 4471");
		assertThat(browser.post("/sign-in/legacy", LegacyMigrationTest.credentials(password)).getRedirectedUrl())
			.isEqualTo("/sign-in/legacy/done");
	}

	// REG-11: an e-Services user who already has a Secure Access account merges the two.
	private void legacyMerge(SyntheticPerson person) throws Exception {
		TaxRecord record = person.taxRecord();
		String password = marker("merge password", "quokka otter merging 5582");
		String email = marker("merge email", "canary.merge.z9r@example.test");
		this.accounts.create(new NewAccount("canary.merge.z9r", email, record.name().first(), record.name().last(),
				record.dateOfBirth(), record.ssn(), this.hasher.hash(password), "Kites over the river", "flight",
				TestPeople.e164(person), AccountStatus.ACTIVE, 3, "tax-record,financial,sms", Map.of()));
		LegacyPeople.legacyAccount(this.legacy, person, "Canary.Merge.EServices");
		marker("merge legacy email", "canary.merge.eservices@example.test");
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox);
		assertThat(LegacyMigrationTest.legacySignIn(browser, "Canary.Merge.EServices", LegacyPeople.OLD_PASSWORD))
			.contains("Merge your accounts");
		assertThat(browser.postAndShow("/sign-in/legacy", Map.of("step", "merge-password", "password", password)))
			.contains("Enter your security code");
		assertThat(
				browser
					.post("/sign-in/legacy",
							Map.of("step", "merge-code", "code",
									marker("merge texted code",
											OutboxCodes.latest(this.outbox, TestPeople.e164(person)))))
					.getRedirectedUrl())
			.isEqualTo("/sign-in/legacy/done");
	}

	private void smsToDone(RegistrationDriver browser, SyntheticPerson person, String username, String tag)
			throws Exception {
		assertThat(browser.submit("phone", Map.of("phone", TestPeople.phone(person))))
			.contains("Enter the code we texted");
		browser.submit("confirm-phone",
				Map.of("code", marker(tag + " texted code", browser.latestCode(Channel.SMS, TestPeople.e164(person)))));
		String password = marker(tag + " password", "quokka " + tag + " lantern 9035");
		assertThat(browser.submit("credentials", credentials(username, password))).contains("Your account is ready");
	}

	private static Map<String, String> credentials(String username, String password) {
		return Map.of("username", username, "password", password, "passwordConfirm", password, "sitePhrase",
				"Blue kites over the river", "siteImage", "flight");
	}

	private String marker(String name, String value) {
		this.markers.put(name, value);
		return value;
	}

}
