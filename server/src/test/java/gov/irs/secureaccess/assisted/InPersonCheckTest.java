package gov.irs.secureaccess.assisted;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import gov.irs.secureaccess.accounts.AccountLogin;
import gov.irs.secureaccess.accounts.AccountStatus;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.legacy.LegacyAccounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.platform.crypto.PiiCipher;
import gov.irs.secureaccess.registration.TestPeople;
import gov.irs.secureaccess.signin.SigninDriver;
import gov.irs.secureaccess.sources.SourcesProperties;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;
import gov.irs.secureaccess.support.IntegrationTest;
import gov.irs.secureaccess.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * AST-3: a TAC officer records two different forms of government identification (the last
 * 4 characters of each number only); the e-Help Desk then creates the account without
 * questions, once. People: TestPeople 66 and 67.
 */
@IntegrationTest
@AutoConfigureMockMvc
class InPersonCheckTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	OutboxReader outbox;

	@Autowired
	StaffAccounts staff;

	@Autowired
	PasswordHasher hasher;

	@Autowired
	LegacyAccounts legacy;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	SourcesProperties sources;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PiiCipher cipher;

	TestPeople people;

	TestStaff.Made officer;

	SigninDriver tac;

	@BeforeEach
	void signInAnOfficer() throws Exception {
		this.people = new TestPeople(this.sources);
		this.officer = TestStaff.create(this.staff, this.hasher, StaffRole.TAC);
		this.tac = new SigninDriver(this.mvc, this.outbox);
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(TestStaff.signIn(this.tac, this.officer, this.clock.instant()).getRedirectedUrl()).isEqualTo("/tac");
	}

	@Test
	void AST_3_whenTwoIdsAreRecorded_thenTheDeskCreatesTheAccountWithoutQuestionsOnce() throws Exception {
		SyntheticPerson person = this.people.ordinary(66);
		var record = person.taxRecord();
		long legacyId = DeskFixtures.legacyFor(this.legacy, person, "eservices.p66");

		String page = this.tac.postAndShow("/tac/record", form(person, "TAC-00000066", "D123", "X9Z8"));

		assertThat(page).contains("Identity check recorded")
			.contains("Driver’s license")
			.contains("U.S. passport")
			.contains("***-**-" + record.ssn().formatted().substring(7))
			.doesNotContain(record.ssn().formatted());
		assertThat(DeskFixtures.detailsByActor(this.jdbc, "tac-officer:" + this.officer.id(), "tac.identity.recorded"))
			.first()
			.asString()
			.contains("\"case\":\"TAC-00000066\"")
			.contains("DRIVERS_LICENSE US_PASSPORT");
		Map<String, Object> row = this.jdbc.sql("select * from in_person_check where case_number = 'TAC-00000066'")
			.query()
			.singleRow();
		assertThat(this.cipher.open((String) row.get("first_id_last4"), InPersonChecks.LAST4)).isEqualTo("D123");
		assertThat(this.cipher.open((String) row.get("second_id_last4"), InPersonChecks.LAST4)).isEqualTo("X9Z8");
		assertThat(row.get("officer_account_id")).isEqualTo(this.officer.id());
		assertThat(row.get("office")).isEqualTo("Baltimore, MD");

		TestStaff.Made assistor = TestStaff.create(this.staff, this.hasher, StaffRole.ASSISTOR);
		SigninDriver desk = new SigninDriver(this.mvc, this.outbox);
		TestStaff.signIn(desk, assistor, this.clock.instant());
		page = desk.postAndShow("/assist/lookup", Map.of("caseNumber", "EHD-00000066", "ssn", record.ssn().formatted(),
				"lastName", record.name().last()));
		assertThat(page).contains("Identity checked in person")
			.contains("Baltimore, MD")
			.contains(this.officer.username())
			.as("the TAC record is shown masked")
			.doesNotContain("D123")
			.doesNotContain("X9Z8");

		page = desk.postAndShow("/assist/create", Map.of("caseNumber", "EHD-00000066", "basis", "in-person"));

		assertThat(page).contains("The Secure Access account is created").contains("in-person identity check");
		DeskFixtures.temporaryPassword(page);
		AccountLogin login = this.accounts.findLogin("eservices.p66").orElseThrow();
		assertThat(login.status()).isEqualTo(AccountStatus.AWAITING_ACTIVATION);
		assertThat(this.legacy.findById(legacyId)).isEmpty();
		assertThat(this.audit.forSubject("account:" + login.id(), 10))
			.anyMatch((entry) -> entry.action().equals("assist.account.created.in-person")
					&& entry.actor().equals("assistor:" + assistor.id())
					&& "EHD-00000066".equals(entry.details().get("case")));
		assertThat(this.jdbc.sql("select used_at is not null from in_person_check where case_number = 'TAC-00000066'")
			.query(Boolean.class)
			.single()).as("a check is used once").isTrue();
		assertThat(DeskFixtures.askedQuestions(this.audit, legacyId, true)).as("no questions were asked").isEmpty();
	}

	@Test
	void AST_3_whenMoreThanTheLast4OrTheSameTypeTwiceIsGiven_thenNothingIsStored() throws Exception {
		SyntheticPerson person = this.people.ordinary(67);
		DeskFixtures.legacyFor(this.legacy, person, "eservices.p67");
		long before = checks();

		assertThat(this.tac.postAndShow("/tac/record", form(person, "TAC-00000067", "D1234567", "X9Z8")))
			.contains("exactly the last 4");
		assertThat(this.tac.postAndShow("/tac/record", form(person, "TAC-00000067", "D12", "X9Z8")))
			.contains("exactly the last 4");
		Map<String, String> same = new HashMap<>(form(person, "TAC-00000067", "D123", "X9Z8"));
		same.put("secondType", "DRIVERS_LICENSE");
		assertThat(this.tac.postAndShow("/tac/record", same)).contains("must be of different types");
		Map<String, String> noCase = new HashMap<>(form(person, "", "D123", "X9Z8"));
		assertThat(this.tac.postAndShow("/tac/record", noCase)).contains("Enter the case number");
		assertThat(DeskFixtures.detailsByActor(this.jdbc, "tac-officer:" + this.officer.id(), "tac.refused")).first()
			.asString()
			.contains("no-case-number");

		assertThat(checks()).isEqualTo(before);
	}

	// AST-5 (issue 13): someone with no e-Services account is recorded too, and the
	// officer is offered to create their account; the refusal of AST-3 alone is kept by
	// the 2018 setting (InPersonForEveryoneTest).
	@Test
	void AST_5_whenThePersonIsNotAnEServicesUser_thenTheCheckIsRecordedAndTheOfficerCreatesTheAccount()
			throws Exception {
		SyntheticPerson newcomer = this.people.ordinary(68);
		long before = checks();

		assertThat(this.tac.postAndShow("/tac/record", form(newcomer, "TAC-00000068", "D123", "X9Z8")))
			.contains("has no e-Services account: create their Secure Access account below")
			.contains("name=\"username\"");

		assertThat(checks()).isEqualTo(before + 1);
	}

	private long checks() {
		return this.jdbc.sql("select count(*) from in_person_check").query(Long.class).single();
	}

	private static Map<String, String> form(SyntheticPerson person, String caseNumber, String first, String second) {
		return Map.of("caseNumber", caseNumber, "ssn", person.taxRecord().ssn().formatted(), "lastName",
				person.taxRecord().name().last(), "firstType", "DRIVERS_LICENSE", "firstLast4", first, "secondType",
				"US_PASSPORT", "secondLast4", second, "office", "Baltimore, MD");
	}

}
