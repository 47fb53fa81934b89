package gov.irs.secureaccess.signin;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * SIGN-6 and DESIGN "Speed": sessions live in PostgreSQL, so a session is made only when
 * something must be kept (a journey's id, a signed-in person). Anonymous visitors looking
 * at the public pages, forms included (their CSRF token is in a cookie), make no session
 * row and no journey row.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AnonymousSessionsTest {

	private static final List<String> PUBLIC_PAGES = List.of("/", "/?lang=es", "/sign-in", "/sign-in?lang=es",
			"/register", "/register/step", "/register/activate", "/sign-in/forgot-username", "/sign-in/forgot-password",
			"/documents", "/documents/code", "/documents/upload", "/documents/receipt", "/sign-in/passkey",
			"/staff-only", "/no-such-page", "/livez", "/readyz", "/sign-in?refused=characters");

	/**
	 * Pages that send an anonymous visitor to sign in (SecurityConfiguration's entry
	 * points).
	 */
	private static final List<String> PROTECTED_PAGES = List.of("/account", "/account/applications", "/account/profile",
			"/assist", "/assist/lookup", "/tac", "/tac/cases", "/insights", "/insights/reports", "/federation/continue",
			"/federation/step-up");

	@Autowired
	MockMvc mvc;

	@Autowired
	OutboxReader outbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("SIGN-6: 10 anonymous views of every public page make 0 session rows and 0 journeys")
	void SIGN_6_whenAnonymousVisitorsViewThePublicPages_thenNoSessionOrJourneyRowIsMade() throws Exception {
		// A form posted with its token first (as every other test in this shared context
		// does) changes nothing after.
		new SigninDriver(this.mvc, this.outbox).post("/sign-in/restart");
		// Rows that exist now; expired ones may be swept meanwhile, so the check counts
		// rows that are new.
		Set<String> sessions = ids("select primary_id from spring_session");
		Set<String> journeys = ids("select id::text from journey");

		for (int i = 0; i < 10; i++) {
			for (String page : PUBLIC_PAGES) {
				MockHttpServletResponse response = this.mvc.perform(get(page)).andReturn().getResponse();
				assertThat(response.getStatus()).as(page).isLessThan(500);
				assertThat(response.getHeaders("Set-Cookie")).as(page)
					.noneMatch((cookie) -> cookie.startsWith("SESSION="));
			}
		}

		assertThat(ids("select primary_id from spring_session")).as("new session rows").isSubsetOf(sessions);
		assertThat(ids("select id::text from journey")).as("new journeys").isSubsetOf(journeys);
	}

	@Test
	@DisplayName("SIGN-6: 10 anonymous views of every page that sends to sign-in make 0 session rows")
	void SIGN_6_whenAnonymousVisitorsAreSentFromAProtectedPageToSignIn_thenNoSessionRowIsMade() throws Exception {
		Set<String> sessions = ids("select primary_id from spring_session");

		for (int i = 0; i < 10; i++) {
			for (String page : PROTECTED_PAGES) {
				MockHttpServletResponse response = this.mvc.perform(get(page)).andReturn().getResponse();
				assertThat(response.getStatus()).as(page).isEqualTo(302);
				assertThat(response.getRedirectedUrl()).as(page).endsWith("/sign-in");
				assertThat(response.getHeaders("Set-Cookie")).as(page)
					.noneMatch((cookie) -> cookie.startsWith("SESSION="));
			}
		}

		assertThat(ids("select primary_id from spring_session")).as("new session rows").isSubsetOf(sessions);
	}

	@Test
	void SIGN_6_whenTheFirstAnswerIsGiven_thenTheJourneyAndItsSessionAreMadeAndTheFormsStillNeedTheirToken()
			throws Exception {
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox);
		String page = browser.page("/sign-in");
		assertThat(page).contains("name=\"_csrf\"");
		assertThat(browser.session()).isNull();
		long sessions = count("spring_session");

		assertThat(browser.submitAndShow("username", Map.of("username", "anon.first"))).contains("name=\"password\"");

		assertThat(browser.session()).isNotNull();
		assertThat(count("spring_session")).isEqualTo(sessions + 1);
	}

	private Set<String> ids(String sql) {
		return new HashSet<>(this.jdbc.sql(sql).query(String.class).list());
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
