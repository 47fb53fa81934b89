package gov.irs.secureaccess.accounts.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.signin.SigninDriver;
import gov.irs.secureaccess.signin.TestAccounts;
import gov.irs.secureaccess.support.IntegrationTest;
import gov.irs.secureaccess.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DATA-4: a person sees their own account history (who, what, when, from where), newest
 * first, and nobody else’s.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ProfileHistoryTest {

	/** 2:05 PM Eastern (EST, UTC-5) on March 3, 2026. */
	static final Instant AFTERNOON = Instant.parse("2026-03-03T19:05:00Z");

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
	MutableClock clock;

	SignedInBrowsers browsers;

	Instant realTime;

	@BeforeEach
	void browsers() {
		this.browsers = new SignedInBrowsers(this.mvc, this.outbox, this.accounts, this.hasher);
		this.realTime = this.clock.instant();
	}

	@AfterEach
	void restoreClock() {
		this.clock.set(this.realTime);
	}

	@Test
	void DATA_4_whenThePersonOpensTheHistory_thenTheirSignInAndPasswordChangeShowWithEasternTimeAndAddressNewestFirst()
			throws Exception {
		this.clock.set(AFTERNOON);
		TestAccounts.Made account = this.browsers.newAccount("hist4");
		SigninDriver browser = this.browsers.signIn(account);
		browser.acceptAgreement();
		this.clock.advance(Duration.ofMinutes(17));
		assertThat(
				browser
					.post("/account/password", Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword",
							ProfilePasswordTest.NEW_PASSWORD, "newPasswordConfirm", ProfilePasswordTest.NEW_PASSWORD))
					.getRedirectedUrl())
			.isEqualTo("/account");
		TestAccounts.Made someoneElse = this.browsers.newAccount("hist4other");
		this.audit.record(AuditEvent.of("account:" + someoneElse.id(), "password.changed",
				"account:" + someoneElse.id(), "198.51.100.77"));

		String page = browser.page("/account/history");

		assertThat(rows(page)).containsExactly("March 3, 2026, 2:22 PM | Your password was changed. | 127.0.0.1",
				"March 3, 2026, 2:05 PM | You accepted the e-Services User Agreement. | 127.0.0.1",
				"March 3, 2026, 2:05 PM | You signed in. | 127.0.0.1");
		assertThat(page).contains("When (Eastern time)").doesNotContain("198.51.100.77");
		assertThat(page).contains("datetime=\"2026-03-03T14:22-05:00\"");

		assertThat(rows(browser.page("/account/history?lang=es"))).containsExactly(
				"3 de marzo de 2026, 14:22 | Se cambió su contraseña. | 127.0.0.1",
				"3 de marzo de 2026, 14:05 | Aceptó el Acuerdo del Usuario de e-Services. | 127.0.0.1",
				"3 de marzo de 2026, 14:05 | Inició sesión. | 127.0.0.1");
	}

	@Test
	void DATA_4_whenTheHistoryIsLong_thenTheNewestFiftyShowAndAnActionWithoutItsOwnTextIsStillNamed() throws Exception {
		SignedInBrowsers.Person person = this.browsers.signedIn("hist50");
		String subject = "account:" + person.account().id();
		for (int i = 0; i < 55; i++) {
			this.audit.record(AuditEvent.of(subject, "signin.code.failed", subject, "203.0.113." + i));
		}
		this.audit.record(AuditEvent.of("system", "something.new", subject, null));

		String page = person.browser().page("/account/history");

		assertThat(rows(page)).hasSize(50).first().asString().endsWith("| Another security event. | Not recorded");
		assertThat(rows(page).get(1)).endsWith("| A sign-in failed: the security code was wrong. | 203.0.113.54");
		assertThat(page).doesNotContain(">203.0.113.5<").doesNotContain("You signed in.");
	}

	/** Each row of the history table as "when | what | from". */
	static List<String> rows(String page) {
		Matcher row = Pattern.compile("<tr class=\"history-row\">(.*?)</tr>", Pattern.DOTALL).matcher(page);
		List<String> rows = new ArrayList<>();
		while (row.find()) {
			Matcher cell = Pattern.compile("<td[^>]*>(?:<time[^>]*>)?(.*?)(?:</time>)?</td>", Pattern.DOTALL)
				.matcher(row.group(1));
			List<String> cells = new ArrayList<>();
			while (cell.find()) {
				cells.add(cell.group(1).strip());
			}
			rows.add(String.join(" | ", cells));
		}
		return rows;
	}

}
