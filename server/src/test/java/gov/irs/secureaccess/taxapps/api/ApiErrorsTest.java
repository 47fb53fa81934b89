package gov.irs.secureaccess.taxapps.api;

import java.io.EOFException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's answer to what the handlers did not expect: a database failover under the
 * request is a 503 problem with {@code Retry-After} (RFC 9110 section 15.6.4, RFC 9457),
 * since nothing was changed and a retry finds the database again; anything else stays a
 * bare 500 (issue 14, faults).
 */
class ApiErrorsTest {

	private final ApiErrors errors = new ApiErrors();

	@Test
	void whenTheDatabaseIsAwayUnderAnApiCall_thenA503ProblemWithRetryAfter_notA500() {
		CannotCreateTransactionException failover = new CannotCreateTransactionException(
				"Could not open JDBC Connection for transaction",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available",
						new SQLException("The connection attempt failed.", "08001", new EOFException())));

		ResponseEntity<ApiError> answer = this.errors.unexpected(failover);

		assertThat(answer.getStatusCode().value()).isEqualTo(503);
		assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("10");
		assertThat(answer.getHeaders().getContentType()).isEqualTo(ApiError.PROBLEM_JSON);
		assertThat(answer.getBody().error()).isEqualTo("temporarily_unavailable");
		assertThat(answer.getBody().detail()).doesNotContain("Hikari").doesNotContain("JDBC");
	}

	@Test
	void whenSomethingElseFails_thenABare500() {
		ResponseEntity<ApiError> answer = this.errors.unexpected(new IllegalStateException("a bug"));

		assertThat(answer.getStatusCode().value()).isEqualTo(500);
		assertThat(answer.getBody().error()).isEqualTo("server_error");
		assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNull();
	}

}
