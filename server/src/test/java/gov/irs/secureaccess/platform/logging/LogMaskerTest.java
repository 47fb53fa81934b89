package gov.irs.secureaccess.platform.logging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DATA-3: whatever slips into a log line in the shape of an SSN, card, phone, code or
 * email is masked.
 */
class LogMaskerTest {

	@ParameterizedTest
	@ValueSource(strings = { "ssn 666-12-3456 given", "ssn 666 12 3456 given", "ssn 666123456 given",
			"card 4111 1111 1111 1111 given", "card 4111-1111-1111-1111 given", "card 4111111111111111 given",
			"last8 12345678 given", "code 123456 given", "phone +15555550123 given", "phone (555) 555-0123 given",
			"phone 555-555-0123 given", "email ana.lopez+tax@example.test given" })
	void DATA_3_whenALineHoldsASensitiveShape_thenItIsMasked(String line) {
		String masked = LogMasker.mask(line);

		assertThat(masked).doesNotContainPattern("\\d{4}").doesNotContain("@example").endsWith(" given");
	}

	@Test
	void whenALineHoldsOrdinaryNumbers_thenTheyStay() {
		String line = "2026-11-22T08:54:34.921161027Z Started in 10.203 seconds on port 8080, pid 5957, took 42 ms";

		assertThat(LogMasker.mask(line)).isEqualTo(line);
	}

	@Test
	void whenAJsonLineIsMasked_thenItStaysValidJson() {
		String json = "{\"message\":\"code 654321 sent\",\"@timestamp\":\"2026-11-22T08:54:34.921161027Z\"}";

		assertThat(LogMasker.mask(json))
			.isEqualTo("{\"message\":\"code [masked-digits] sent\",\"@timestamp\":\"2026-11-22T08:54:34.921161027Z\"}");
	}

}
