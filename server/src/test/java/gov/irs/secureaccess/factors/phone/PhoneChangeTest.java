package gov.irs.secureaccess.factors.phone;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import gov.irs.secureaccess.accounts.AccountConflictException;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.audit.AuditEntry;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.messaging.OutboxEntry;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.platform.crypto.SealedJson;
import gov.irs.secureaccess.signin.SigninDriver;
import gov.irs.secureaccess.signin.TestAccounts;
import gov.irs.secureaccess.sources.SourceKeys;
import gov.irs.secureaccess.sources.SourcesProperties;
import gov.irs.secureaccess.sources.creditbureau.CardNetwork;
import gov.irs.secureaccess.sources.phonecarrier.LineType;
import gov.irs.secureaccess.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * REG-12: changing the phone number from the profile means registering again: financial
 * verification (REG-4) and a new US mobile in the person's name (REG-5) confirmed by a
 * code texted to it. The old number stays the account's until then, is released only
 * then, and one account per number holds throughout. SIGN-9: the change is emailed.
 */
@IntegrationTest
@AutoConfigureMockMvc
class PhoneChangeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	OutboxReader outbox;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordHasher hasher;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	SourceKeys keys;

	@Autowired
	SealedJson sealed;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	SourcesProperties sources;

	@Autowired
	MessageSource messages;

	@Autowired
	Clock clock;

	PhoneChangePeople people;

	@BeforeEach
	void people() {
		this.people = new PhoneChangePeople(this.sources, this.accounts, this.hasher, this.jdbcTemplate, this.keys,
				this.sealed, this.transactions, this.mvc, this.outbox);
	}

	String msg(String key) {
		return this.messages.getMessage(key, null, Locale.ENGLISH);
	}

	static String national(String e164) {
		String d = e164.substring(2);
		return "(" + d.substring(0, 3) + ") " + d.substring(3, 6) + "-" + d.substring(6);
	}

	static String show(SigninDriver browser, MockHttpServletResponse response) throws Exception {
		String html = (response.getStatus() == 302) ? browser.page(response.getRedirectedUrl())
				: response.getContentAsString();
		return HtmlUtils.htmlUnescape(html);
	}

	static String step(SigninDriver browser, String step, Map<String, String> fields) throws Exception {
		Map<String, String> form = new HashMap<>(fields);
		form.put("step", step);
		return show(browser, browser.post("/account/phone", form));
	}

	/** From the profile to the code page for {@code newE164}. */
	String toCode(PhoneChangePeople.Person person, String newE164) throws Exception {
		assertThat(HtmlUtils.htmlUnescape(person.browser().page("/account")))
			.contains(msg("account.profile.changePhone"));
		assertThat(HtmlUtils.htmlUnescape(person.browser().page("/account/phone"))).contains(msg("account.phone.title"))
			.contains(msg("register.financial.inquiry"));
		assertThat(step(person.browser(), "financial", PhoneChangePeople.financial(person.person())))
			.contains(msg("account.phone.numberHeading"));
		String page = step(person.browser(), "phone", Map.of("phone", national(newE164)));
		assertThat(page).contains("Enter the code we texted");
		return page;
	}

	// REG-12, REG-5
	@Test
	void REG_12_whenTheNewMobileIsConfirmed_thenItReplacesTheOldOneWhichIsReleasedOnlyThen() throws Exception {
		PhoneChangePeople.Person person = this.people.signedIn(1, "whole");
		String newPhone = "+13125559101";
		this.people.line(newPhone, person.billedName(), LineType.MOBILE);

		toCode(person, newPhone);
		// The code went to the NEW number; until it is entered the account keeps the old
		// one.
		assertThat(person.browser().latestSmsCode(newPhone)).hasSize(6);
		assertThat(this.accounts.findLogin(person.accountId()).orElseThrow().phoneE164()).isEqualTo(person.oldPhone());
		assertThat(this.accounts.isPhoneTaken(person.oldPhone())).isTrue();
		assertThat(this.accounts.isPhoneTaken(newPhone)).isFalse();

		MockHttpServletResponse done = person.browser()
			.post("/account/phone", Map.of("step", "confirm-phone", "code", person.browser().latestSmsCode(newPhone)));
		assertThat(done.getRedirectedUrl()).isEqualTo("/account");
		assertThat(show(person.browser(), done)).contains(msg("account.phone.changed")).contains("9101");

		assertThat(this.accounts.findLogin(person.accountId()).orElseThrow().phoneE164()).isEqualTo(newPhone);
		assertThat(this.accounts.isPhoneTaken(newPhone)).isTrue();
		assertThat(this.accounts.isPhoneTaken(person.oldPhone())).isFalse();
		// Released: another account can now take the old number.
		this.people.otherAccountWith(person.oldPhone(), 1);
		// One account per number: the new one cannot be given to anybody else.
		assertThatThrownBy(() -> this.people.otherAccountWith(newPhone, 2))
			.isInstanceOf(AccountConflictException.class);

		// Sign-in codes now go to the new number.
		SigninDriver again = new SigninDriver(this.mvc, this.outbox);
		assertThat(again.signIn(person.username(), TestAccounts.PASSWORD, newPhone).getRedirectedUrl())
			.isEqualTo("/account");
	}

	// SIGN-9, DATA-4, REG-12
	@Test
	void SIGN_9_whenThePhoneIsChanged_thenTheEmailIsQueuedAtOnceAndTheChangeAuditedWithItsSourceAddress()
			throws Exception {
		PhoneChangePeople.Person person = this.people.signedIn(2, "notice");
		String newPhone = "+13125559102";
		this.people.line(newPhone, person.billedName(), LineType.MOBILE);
		toCode(person, newPhone);
		assertThat(emailsTo(person.email())).noneMatch((e) -> e.template().equals("security-notice.phone_changed"));

		person.browser()
			.post("/account/phone", Map.of("step", "confirm-phone", "code", person.browser().latestSmsCode(newPhone)));

		assertThat(emailsTo(person.email())).anySatisfy((email) -> {
			assertThat(email.template()).isEqualTo("security-notice.phone_changed");
			assertThat(email.subject()).isEqualTo("A change to your Secure Access account");
			assertThat(email.body()).contains("The phone for security codes of your Secure Access account")
				.doesNotContain(newPhone)
				.doesNotContain(person.oldPhone());
		});
		AuditEntry entry = this.audit.forSubject("account:" + person.accountId(), 20)
			.stream()
			.filter((e) -> e.action().equals("phone.changed"))
			.findFirst()
			.orElseThrow();
		assertThat(entry.actor()).isEqualTo("account:" + person.accountId());
		assertThat(entry.sourceAddress()).isEqualTo("127.0.0.1");
	}

	// REG-12, REG-4
	@Test
	void REG_12_whenTheFinancialStepIsNotPassed_thenNoNumberCanBeGivenAndWrongDigitsOrAmexAreRefusedAsAtRegistration()
			throws Exception {
		PhoneChangePeople.Person person = this.people.signedIn(3, "financial");
		this.people.addCard(person.person(), CardNetwork.AMERICAN_EXPRESS, "37004412");
		String newPhone = "+13125559103";
		this.people.line(newPhone, person.billedName(), LineType.MOBILE);
		person.browser().page("/account/phone");

		// The phone step cannot be reached past the financial one.
		assertThat(step(person.browser(), "phone", Map.of("phone", national(newPhone))))
			.contains(msg("account.phone.title"))
			.doesNotContain(msg("account.phone.numberHeading"));
		assertThat(this.outbox.newest(200))
			.noneMatch((e) -> e.channel() == Channel.SMS && e.recipient().equals(newPhone));

		long inquiries = inquiries(person);
		assertThat(step(person.browser(), "financial", Map.of("accountType", "CREDIT_CARD", "last8", "00000001")))
			.contains(msg("register.financial.error.mismatch"));
		assertThat(inquiries(person)).as("a soft inquiry per check").isEqualTo(inquiries + 1);

		assertThat(step(person.browser(), "financial", Map.of("accountType", "CREDIT_CARD", "last8", "3700 4412")))
			.contains(msg("register.financial.error.amex"));
		assertThat(inquiries(person)).isEqualTo(inquiries + 2);
		assertThat(this.accounts.findLogin(person.accountId()).orElseThrow().phoneE164()).isEqualTo(person.oldPhone());
	}

	// REG-12, REG-5
	@Test
	void REG_12_whenTheNewNumberIsOnAnotherAccountOrNotInTheNameOrTheSame_thenItIsRefused() throws Exception {
		PhoneChangePeople.Person person = this.people.signedIn(4, "refused");
		String taken = "+13125559104";
		String notInName = "+13125559204";
		this.people.line(taken, person.billedName(), LineType.MOBILE);
		this.people.otherAccountWith(taken, 4);
		this.people.line(notInName, "Quentin Ostrander-Vale", LineType.MOBILE);
		person.browser().page("/account/phone");
		step(person.browser(), "financial", PhoneChangePeople.financial(person.person()));

		assertThat(step(person.browser(), "phone", Map.of("phone", national(person.oldPhone()))))
			.contains(msg("account.phone.error.same"));
		assertThat(step(person.browser(), "phone", Map.of("phone", national(taken))))
			.contains(msg("register.phone.error.taken"));
		assertThat(step(person.browser(), "phone", Map.of("phone", national(notInName))))
			.contains(msg("register.phone.error.notInName"));
		assertThat(this.outbox.newest(200)).noneMatch(
				(e) -> e.channel() == Channel.SMS && (e.recipient().equals(taken) || e.recipient().equals(notInName)));
		assertThat(this.accounts.findLogin(person.accountId()).orElseThrow().phoneE164()).isEqualTo(person.oldPhone());
	}

	// REG-12, REG-5
	@Test
	void REG_12_whenTheNewNumberIsALandlineInTheName_thenItIsRefused() throws Exception {
		PhoneChangePeople.Person person = this.people.signedIn(5, "landline");
		String landline = "+13125559105";
		this.people.line(landline, person.billedName(), LineType.LANDLINE);
		person.browser().page("/account/phone");
		step(person.browser(), "financial", PhoneChangePeople.financial(person.person()));

		assertThat(step(person.browser(), "phone", Map.of("phone", national(landline))))
			.contains(msg("register.phone.error.notMobile"));
		assertThat(this.accounts.findLogin(person.accountId()).orElseThrow().phoneE164()).isEqualTo(person.oldPhone());
	}

	// REG-13 at a phone change: a new number whose SIM changed within the window gets no
	// code, and the page says why
	@Test
	void REG_13_whenTheNewNumbersSimWasChangedYesterday_thenNoCodeIsTextedAndTheOldNumberStays() throws Exception {
		PhoneChangePeople.Person person = this.people.signedIn(7, "simchange");
		String newPhone = "+13125559107";
		this.people.lineWithNewSim(newPhone, person.billedName(), this.clock.instant().minus(Duration.ofDays(1)));
		person.browser().page("/account/phone");
		step(person.browser(), "financial", PhoneChangePeople.financial(person.person()));

		assertThat(step(person.browser(), "phone", Map.of("phone", national(newPhone)))).contains(
				"The SIM card of this phone number was changed or the number moved to another carrier in the last 7 days");
		assertThat(this.outbox.newest(200))
			.noneMatch((e) -> e.channel() == Channel.SMS && e.recipient().equals(newPhone));
		assertThat(this.accounts.findLogin(person.accountId()).orElseThrow().phoneE164()).isEqualTo(person.oldPhone());
	}

	// REG-12, REG-5
	@Test
	void REG_12_whenSomeoneElseTookTheNewNumberBeforeTheCode_thenTheChangeIsRefusedAndTheOldNumberKept()
			throws Exception {
		PhoneChangePeople.Person person = this.people.signedIn(6, "race");
		String newPhone = "+13125559106";
		this.people.line(newPhone, person.billedName(), LineType.MOBILE);
		toCode(person, newPhone);
		this.people.otherAccountWith(newPhone, 6);

		String page = step(person.browser(), "confirm-phone", Map.of("code", person.browser().latestSmsCode(newPhone)));

		assertThat(page).contains(msg("register.phone.error.taken"));
		assertThat(this.accounts.findLogin(person.accountId()).orElseThrow().phoneE164()).isEqualTo(person.oldPhone());
		assertThat(emailsTo(person.email())).noneMatch((e) -> e.template().equals("security-notice.phone_changed"));
		// Another number can be given from there.
		assertThat(show(person.browser(), person.browser().post("/account/phone/another-number", Map.of())))
			.contains(msg("account.phone.numberHeading"));
	}

	long inquiries(PhoneChangePeople.Person person) {
		return this.jdbc.sql("select count(*) from credit_inquiry where ssn_hash = :hash")
			.param("hash", this.keys.ssn(person.ssn()))
			.query(Long.class)
			.single();
	}

	List<OutboxEntry> emailsTo(String address) {
		return this.outbox.newest(1000)
			.stream()
			.filter((entry) -> entry.channel() == Channel.EMAIL && address.equals(entry.recipient()))
			.toList();
	}

}
