package gov.irs.secureaccess.portal.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

/**
 * The portal's client of the server's API: the user's bearer token on every call, the
 * server's errors understood.
 */
class RestClientTaxApiTest {

	private final RestClient.Builder builder = RestClient.builder();

	private final MockRestServiceServer server = MockRestServiceServer.bindTo(this.builder).build();

	private final TaxApi api = new RestClientTaxApi(this.builder, "http://server.test", () -> Optional.of("token-123"));

	@Test
	void FED_1_whenTheIpPinIsAsked_thenTheCallCarriesTheUsersAccessToken() {
		this.server.expect(requestTo("http://server.test/api/v1/ip-pin"))
			.andExpect(header("Authorization", "Bearer token-123"))
			.andRespond(withSuccess("{\"year\":2026,\"pin\":\"314159\"}", MediaType.APPLICATION_JSON));

		assertThat(this.api.ipPin()).isEqualTo(new TaxApi.IpPin(2026, "314159"));
		this.server.verify();
	}

	@Test
	void FED_1_whenAPlanIsSetUpAndPairsMatched_thenTheJsonIsWhatTheServerReads() {
		this.server.expect(requestTo("http://server.test/api/v1/payment-agreement"))
			.andExpect(method(HttpMethod.POST))
			.andExpect(content().json("{\"monthlyAmount\":250.00,\"dayOfMonth\":12}"))
			.andRespond(withStatus(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
				.body("""
						{"id":1,"taxYear":2025,"balance":2418.50,"monthlyAmount":250.00,"dayOfMonth":12,"months":10,
						 "finalAmount":168.50,"firstPaymentOn":"2026-12-12","status":"ACTIVE","createdAt":"2026-11-22T10:00:00Z"}"""));
		this.server.expect(requestTo("http://server.test/api/v1/tin-matching/interactive"))
			.andExpect(
					content().json("{\"pairs\":[{\"tinType\":1,\"tin\":\"666-01-0001\",\"name\":\"Olivia Bennett\"}]}"))
			.andRespond(withSuccess("{\"results\":[{\"index\":0,\"indicator\":0,\"meaning\":\"MATCH\"}]}",
					MediaType.APPLICATION_JSON));

		assertThat(this.api.createPaymentAgreement(new BigDecimal("250.00"), 12).months()).isEqualTo(10);
		assertThat(this.api.matchTins(List.of(new TaxApi.TinPair(1, "666-01-0001", "Olivia Bennett", null))))
			.containsExactly(new TaxApi.TinResult(0, 0, "MATCH"));
		this.server.verify();
	}

	@Test
	void FED_4_whenTheServerAsksForAHigherLevel_thenTheErrorCarriesTheAcrToAskFor() {
		this.server.expect(requestTo("http://server.test/api/v1/balance"))
			.andRespond(withStatus(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_JSON)
				.body("{\"error\":\"insufficient_user_authentication\",\"error_description\":\"needs 3\",\"acr_values\":\"urn:gov:irs:secure-access:loa-3\"}"));

		assertThatThrownBy(this.api::balance).isInstanceOfSatisfying(TaxApiException.class, (ex) -> {
			assertThat(ex.status()).isEqualTo(401);
			assertThat(ex.error()).isEqualTo("insufficient_user_authentication");
			assertThat(ex.acrValues()).isEqualTo("urn:gov:irs:secure-access:loa-3");
		});
	}

	@Test
	void FED_1_whenARefusalOrAnUnreadableErrorComes_thenTheStatusAndReasonAreKept() {
		this.server.expect(requestTo("http://server.test/api/v1/payment-agreement"))
			.andRespond(withStatus(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
				.body("{\"error\":\"refused\",\"error_description\":\"low\",\"reason\":\"AMOUNT_TOO_LOW\"}"));
		this.server.expect(requestTo("http://server.test/api/v1/transcripts"))
			.andRespond(withStatus(HttpStatus.BAD_GATEWAY).body("<html>proxy</html>"));

		assertThatThrownBy(() -> this.api.createPaymentAgreement(BigDecimal.ONE, 3))
			.isInstanceOfSatisfying(TaxApiException.class, (ex) -> assertThat(ex.reason()).isEqualTo("AMOUNT_TOO_LOW"));
		assertThatThrownBy(this.api::transcriptYears).isInstanceOfSatisfying(TaxApiException.class,
				(ex) -> assertThat(ex.status()).isEqualTo(502));
	}

	@Test
	void FED_1_whenTheServerCannotBeReached_thenStatusZero() {
		TaxApi unreachable = new RestClientTaxApi(RestClient.builder(), "http://127.0.0.1:1", Optional::empty);

		assertThatThrownBy(unreachable::ipPin).isInstanceOfSatisfying(TaxApiException.class,
				(ex) -> assertThat(ex.status()).isZero());
	}

}
