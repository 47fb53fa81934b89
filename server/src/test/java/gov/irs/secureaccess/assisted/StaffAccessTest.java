package gov.irs.secureaccess.assisted;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.signin.SigninDriver;
import gov.irs.secureaccess.signin.TestAccounts;
import gov.irs.secureaccess.support.IntegrationTest;
import gov.irs.secureaccess.support.MutableClock;
import gov.irs.secureaccess.support.TestPhones;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * AST-4: staff sign in with an authenticator app (or a passkey), never by text; the roles
 * open only their own pages; a taxpayer gets a clear 403; the admin command makes staff
 * whose temporary password must be changed first; the embedded demo staff sign in with
 * their documented secrets.
 */
@IntegrationTest
@AutoConfigureMockMvc
class StaffAccessTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	OutboxReader outbox;

	@Autowired
	StaffAccounts staff;

	@Autowired
	StaffRoles roles;

	@Autowired
	StaffCommand command;

	@Autowired
	PasswordHasher hasher;

	@Autowired
	Accounts accounts;

	@Autowired
	MutableClock clock;

	@Test
	void AST_4_whenATaxpayerOpensTheStaffPages_thenTheyGetAClear403() throws Exception {
		TestAccounts.Made taxpayer = TestAccounts.active(this.accounts, this.hasher, "ast4");
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox);
		assertThat(browser.signIn(taxpayer.username(), TestAccounts.PASSWORD, taxpayer.phone()).getRedirectedUrl())
			.isEqualTo("/account");

		for (String path : new String[] { "/assist", "/assist/case?caseNumber=EHD-00000001", "/tac" }) {
			MockHttpServletResponse response = browser.get(path);
			assertThat(response.getStatus()).as(path).isEqualTo(403);
			// MockMvc does not follow the forward; the browser test shows the page it
			// renders.
			assertThat(response.getForwardedUrl()).as(path).isEqualTo("/staff-only");
		}
		assertThat(browser.page("/staff-only")).contains("This page is for IRS staff").contains("Error code: 403");
		assertThat(browser.post("/assist/lookup", Map.of("caseNumber", "EHD-00000001")).getStatus()).isEqualTo(403);
		assertThat(browser.post("/tac/record", Map.of("caseNumber", "TAC-00000001")).getStatus()).isEqualTo(403);
	}

	@Test
	void AST_4_whenStaffOpenTheTaxpayerProfilePages_thenNothingBreaksAndNoPhoneCanBeAdded() throws Exception {
		TestStaff.Made assistor = TestStaff.create(this.staff, this.hasher, StaffRole.ASSISTOR);
		this.clock.advance(Duration.ofSeconds(30));
		SigninDriver desk = new SigninDriver(this.mvc, this.outbox);
		assertThat(TestStaff.signIn(desk, assistor, this.clock.instant()).getRedirectedUrl()).isEqualTo("/assist");
		desk.acceptAgreement();

		assertThat(desk.get("/account").getStatus()).isEqualTo(200);
		MockHttpServletResponse phone = desk.get("/account/phone");
		assertThat(phone.getStatus()).as("a staff account has no person to check a phone against").isEqualTo(302);
		assertThat(phone.getRedirectedUrl()).isEqualTo("/account");
		assertThat(desk.page("/account")).contains("Staff accounts have no phone number");
		assertThat(desk.post("/account/phone", Map.of("step", "financial")).getRedirectedUrl()).isEqualTo("/account");
	}

	@Test
	void AST_4_whenNobodyIsSignedIn_thenTheStaffPagesLeadToSignIn() throws Exception {
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox);
		assertThat(browser.get("/assist").getRedirectedUrl()).endsWith("/sign-in");
		assertThat(browser.get("/tac").getRedirectedUrl()).endsWith("/sign-in");
	}

	@Test
	void AST_4_whenStaffOpenAnotherRolesPages_thenTheyAreRefused() throws Exception {
		TestStaff.Made assistor = TestStaff.create(this.staff, this.hasher, StaffRole.ASSISTOR);
		TestStaff.Made officer = TestStaff.create(this.staff, this.hasher, StaffRole.TAC);
		this.clock.advance(Duration.ofSeconds(30));
		SigninDriver desk = new SigninDriver(this.mvc, this.outbox);
		SigninDriver tac = new SigninDriver(this.mvc, this.outbox);

		assertThat(TestStaff.signIn(desk, assistor, this.clock.instant()).getRedirectedUrl()).isEqualTo("/assist");
		assertThat(TestStaff.signIn(tac, officer, this.clock.instant()).getRedirectedUrl()).isEqualTo("/tac");

		assertThat(desk.get("/assist").getStatus()).isEqualTo(200);
		assertThat(desk.get("/tac").getStatus()).isEqualTo(403);
		assertThat(tac.get("/tac").getStatus()).isEqualTo(200);
		assertThat(tac.get("/assist").getStatus()).isEqualTo(403);
	}

	@Test
	void AST_4_whenAStaffAccountSignsInWithATextedCode_thenItGetsNoStaffRole() throws Exception {
		TestStaff.Made assistor = TestStaff.create(this.staff, this.hasher, StaffRole.ASSISTOR);
		String phone = TestPhones.next();
		this.accounts.replacePhone(assistor.id(), phone);
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox);
		browser.page("/sign-in");
		browser.submit("username", Map.of("username", assistor.username()));
		browser.submit("password", Map.of("password", TestStaff.PASSWORD));
		browser.post("/sign-in/factor", Map.of("factor", "sms"));

		MockHttpServletResponse signedIn = browser.submit("code", Map.of("code", browser.latestSmsCode(phone)));

		assertThat(signedIn.getRedirectedUrl()).isEqualTo("/account");
		assertThat(browser.get("/assist").getStatus()).isEqualTo(403);
	}

	@Test
	void AST_4_whenTheAdminCommandMakesAnAssistor_thenTheTemporaryPasswordAndAppKeySignInToTheForcedChangeFirst()
			throws Exception {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		int code = this.command.create("desk.rivera,assistor,rivera@staff.example.test,Ana,Rivera",
				new PrintStream(printed, true, StandardCharsets.UTF_8));
		String console = printed.toString(StandardCharsets.UTF_8);

		assertThat(code).isZero();
		assertThat(console).contains("Staff account created: desk.rivera (ASSISTOR)").contains("otpauth://totp/");
		String password = find(console, "Temporary password \\(changed at the first sign-in\\): (\\S+)");
		String key = find(console, "Authenticator app key: ([A-Z2-7 ]+)");
		long id = this.staff.find("desk.rivera").orElseThrow();
		assertThat(this.roles.of(id)).containsExactly(StaffRole.ASSISTOR);
		assertThat(this.accounts.findLogin(id).orElseThrow().phoneE164()).as("staff have no phone").isNull();

		this.clock.advance(Duration.ofSeconds(30));
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox);
		browser.page("/sign-in");
		browser.submit("username", Map.of("username", "desk.rivera"));
		browser.submit("password", Map.of("password", password));
		MockHttpServletResponse held = browser.submit("code",
				Map.of("code", TestStaff.totp(key, this.clock.instant())));
		assertThat(held.getRedirectedUrl()).isEqualTo(TemporaryPasswords.CHANGE_PAGE);
		assertThat(browser.get("/assist").getRedirectedUrl()).as("not signed in yet").endsWith("/sign-in");

		MockHttpServletResponse changed = browser.post(TemporaryPasswords.CHANGE_PAGE, Map.of("newPassword",
				"copper meadow lantern nine", "newPasswordConfirm", "copper meadow lantern nine"));
		assertThat(changed.getRedirectedUrl()).isEqualTo("/assist");
		assertThat(browser.get("/assist").getStatus()).isEqualTo(200);

		assertThat(this.command.create("desk.rivera,assistor,rivera@staff.example.test",
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
			.as("the username is taken")
			.isEqualTo(1);
		ByteArrayOutputStream refused = new ByteArrayOutputStream();
		assertThat(this.command.create("desk.other,JANITOR,o@staff.example.test",
				new PrintStream(refused, true, StandardCharsets.UTF_8)))
			.isEqualTo(1);
		assertThat(refused.toString(StandardCharsets.UTF_8)).contains("the role must be ASSISTOR, TAC or ANALYST");
	}

	@Test
	void AST_4_whenRunEmbedded_thenTheDemoStaffSignInWithTheirDocumentedSecrets() throws Exception {
		this.clock.advance(Duration.ofSeconds(30));
		SigninDriver desk = new SigninDriver(this.mvc, this.outbox);
		desk.page("/sign-in");
		desk.submit("username", Map.of("username", DemoStaff.ASSISTOR));
		desk.submit("password", Map.of("password", DemoStaff.ASSISTOR_PASSWORD));
		assertThat(desk.submit("code", Map.of("code", TestStaff.totp(DemoStaff.ASSISTOR_SECRET, this.clock.instant())))
			.getRedirectedUrl()).isEqualTo("/assist");

		SigninDriver tac = new SigninDriver(this.mvc, this.outbox);
		tac.page("/sign-in");
		tac.submit("username", Map.of("username", DemoStaff.TAC));
		tac.submit("password", Map.of("password", DemoStaff.TAC_PASSWORD));
		assertThat(tac.submit("code", Map.of("code", TestStaff.totp(DemoStaff.TAC_SECRET, this.clock.instant())))
			.getRedirectedUrl()).isEqualTo("/tac");
	}

	private static String find(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		assertThat(matcher.find()).as(regex).isTrue();
		return matcher.group(1).strip();
	}

}
