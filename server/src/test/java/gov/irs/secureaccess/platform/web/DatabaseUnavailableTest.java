package gov.irs.secureaccess.platform.web;

import java.io.EOFException;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 (faults with a replicated database): the failures a Patroni failover causes
 * under a request, as {@code faults/run} met them, are told apart from real faults: those
 * are 503 (RFC 9110 section 15.6.4), anything else stays a 500.
 */
class DatabaseUnavailableTest {

	@Test
	void whenThePoolHasNoConnectionOrTheServerShutDown_thenUnavailable() {
		assertThat(
				DatabaseUnavailable.unavailable(new ServletException("Request processing failed",
						new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
								new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))))
			.isTrue();
		assertThat(DatabaseUnavailable.unavailable(new RuntimeException(
				new SQLException("FATAL: terminating connection due to unexpected postmaster exit", "57P01"))))
			.isTrue();
		assertThat(DatabaseUnavailable.unavailable(new SQLException("An I/O error occurred", "08006"))).isTrue();
		assertThat(DatabaseUnavailable
			.unavailable(new SQLException("cannot execute INSERT in a read-only transaction", "25006"))).isTrue();
	}

	// Met in the fault run of 2 December 2026: the rollback on the cut connection hid the
	// first failure (a 500).
	@Test
	void whenARollbackOnACutConnectionHidesTheFailure_thenUnavailable() {
		TransactionSystemException rollback = new TransactionSystemException(
				"Application exception overridden by rollback exception", new SQLException("Connection is closed"));
		rollback.initApplicationException(new RuntimeException(new SQLException("terminating connection", "57P01")));
		assertThat(DatabaseUnavailable.unavailable(new ServletException("Request processing failed", rollback)))
			.isTrue();
	}

	@Test
	void whenTheDatabaseAnswersWithARealError_thenNotUnavailable() {
		assertThat(DatabaseUnavailable.unavailable(
				new DataIntegrityViolationException("duplicate key", new SQLException("duplicate key value", "23505"))))
			.isFalse();
		assertThat(DatabaseUnavailable.unavailable(new IllegalStateException("a bug"))).isFalse();
	}

	// Met in the fault run of 3 December 2026: HAProxy closing each new connection while
	// no node was primary gave the driver's failure an EOFException cause, which Spring
	// MVC answered as a browser gone away (an empty 200).
	@Test
	void whenTheConnectionAttemptMeetsAnEndOfStream_thenSpringMvcDoesNotAnswerItAsADisconnectedBrowser() {
		CannotCreateTransactionException failover = new CannotCreateTransactionException(
				"Could not open JDBC Connection for transaction",
				new SQLTransientConnectionException(
						"HikariPool-1 - Connection is not available, request timed out after 3000ms",
						new SQLException("The connection attempt failed.", "08001", new EOFException())));
		assertThat(DatabaseUnavailable.unavailable(failover)).isTrue();
		assertThat(new DatabaseUnavailableConfiguration.DatabaseFailuresAreNotDisconnects().resolveException(
				new MockHttpServletRequest("POST", "/register/start"), new MockHttpServletResponse(), null, failover))
			.as("left to DatabaseUnavailable, not answered empty")
			.isNull();
		// A browser that really went away is still Spring MVC's to answer (nothing to
		// send it).
		assertThat(new DatabaseUnavailableConfiguration.DatabaseFailuresAreNotDisconnects().resolveException(
				new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(), null,
				new IOException("Broken pipe", new EOFException())))
			.isNotNull();
	}

	// The API and the OAuth endpoints answer machines: the 503 in JSON (RFC 9457, RFC
	// 6749 section 5.2), not the page.
	@Test
	void whenTheDatabaseIsAwayUnderAnApiOrTokenRequest_thenA503ProblemInJsonWithRetryAfter() throws Exception {
		DatabaseUnavailable filter = new DatabaseUnavailable(null, null);
		for (String path : new String[] { "/api/v1/me", "/oauth2/token", "/oauth2/introspect", "/userinfo" }) {
			MockHttpServletResponse response = new MockHttpServletResponse();
			filter.doFilter(new MockHttpServletRequest("POST", path), response, (request, ignored) -> {
				throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
						new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
			});
			assertThat(response.getStatus()).as(path).isEqualTo(503);
			assertThat(response.getHeader("Retry-After")).isEqualTo("10");
			assertThat(response.getContentType()).startsWith("application/problem+json");
			assertThat(response.getContentAsString()).contains("\"status\":503")
				.contains("\"error\":\"temporarily_unavailable\"")
				.doesNotContain("Hikari");
		}
		assertThat(DatabaseUnavailable.answersJson(new MockHttpServletRequest("GET", "/register/step"))).isFalse();
		assertThat(DatabaseUnavailable.answersJson(new MockHttpServletRequest("GET", "/apis"))).isFalse();
	}

}
