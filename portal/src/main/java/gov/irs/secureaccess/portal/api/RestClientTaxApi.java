package gov.irs.secureaccess.portal.api;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * {@link TaxApi} over HTTP with Spring's {@link RestClient}: each request carries the
 * user's access token as a bearer token ({@link AccessTokens}); the server's JSON errors
 * become {@link TaxApiException}s, and a server that cannot be reached one with status 0.
 */
public final class RestClientTaxApi implements TaxApi {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final RestClient client;

	public RestClientTaxApi(RestClient.Builder builder, String baseUrl, AccessTokens tokens) {
		Objects.requireNonNull(tokens, "tokens");
		this.client = builder.baseUrl(baseUrl).requestInterceptor((request, body, execution) -> {
			tokens.current().ifPresent((token) -> request.getHeaders().setBearerAuth(token));
			return execution.execute(request, body);
		}).defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
			throw error(response);
		}).build();
	}

	@Override
	public List<Integer> transcriptYears() {
		Map<String, List<Integer>> years = call(() -> this.client.get()
			.uri("/api/v1/transcripts")
			.retrieve()
			.body(new ParameterizedTypeReference<Map<String, List<Integer>>>() {
			}));
		return years.getOrDefault("years", List.of());
	}

	@Override
	public ReturnTranscript returnTranscript(int year) {
		return call(() -> this.client.get()
			.uri("/api/v1/transcripts/{year}/return", year)
			.retrieve()
			.body(ReturnTranscript.class));
	}

	@Override
	public AccountTranscript accountTranscript(int year) {
		return call(() -> this.client.get()
			.uri("/api/v1/transcripts/{year}/account", year)
			.retrieve()
			.body(AccountTranscript.class));
	}

	@Override
	public IpPin ipPin() {
		return call(() -> this.client.get().uri("/api/v1/ip-pin").retrieve().body(IpPin.class));
	}

	@Override
	public Balance balance() {
		return call(() -> this.client.get().uri("/api/v1/balance").retrieve().body(Balance.class));
	}

	@Override
	public PaymentOverview paymentAgreement() {
		return call(() -> this.client.get().uri("/api/v1/payment-agreement").retrieve().body(PaymentOverview.class));
	}

	@Override
	public PaymentAgreement createPaymentAgreement(BigDecimal monthlyAmount, int dayOfMonth) {
		return call(() -> this.client.post()
			.uri("/api/v1/payment-agreement")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("monthlyAmount", monthlyAmount, "dayOfMonth", dayOfMonth))
			.retrieve()
			.body(PaymentAgreement.class));
	}

	@Override
	public void cancelPaymentAgreement() {
		call(() -> this.client.delete().uri("/api/v1/payment-agreement").retrieve().toBodilessEntity());
	}

	@Override
	public List<TinResult> matchTins(List<TinPair> pairs) {
		Map<String, List<TinResult>> results = call(() -> this.client.post()
			.uri("/api/v1/tin-matching/interactive")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("pairs", pairs))
			.retrieve()
			.body(new ParameterizedTypeReference<Map<String, List<TinResult>>>() {
			}));
		return results.getOrDefault("results", List.of());
	}

	@Override
	public BulkJob submitBulk(byte[] file) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", named("tin-matching.txt", file));
		return call(() -> this.client.post()
			.uri("/api/v1/tin-matching/bulk")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts)
			.retrieve()
			.body(BulkJob.class));
	}

	@Override
	public List<BulkJob> bulkJobs() {
		return call(() -> Arrays
			.asList(this.client.get().uri("/api/v1/tin-matching/bulk").retrieve().body(BulkJob[].class)));
	}

	@Override
	public BulkJob bulkJob(UUID id) {
		return call(() -> this.client.get().uri("/api/v1/tin-matching/bulk/{id}", id).retrieve().body(BulkJob.class));
	}

	@Override
	public byte[] bulkResults(UUID id) {
		return call(() -> this.client.get()
			.uri("/api/v1/tin-matching/bulk/{id}/results", id)
			.accept(MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON)
			.retrieve()
			.body(byte[].class));
	}

	@Override
	public Receipt sendDocuments(String kind, String number, List<NamedFile> files) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("kind", kind);
		parts.add("number", number);
		for (NamedFile file : files) {
			parts.add("files", named(file.filename(), file.content()));
		}
		return call(() -> this.client.post()
			.uri("/api/v1/documents")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts)
			.retrieve()
			.body(Receipt.class));
	}

	private static ByteArrayResource named(String filename, byte[] content) {
		return new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return (filename != null && !filename.isBlank()) ? filename : "file";
			}
		};
	}

	private static <T> T call(Supplier<T> request) {
		try {
			return request.get();
		}
		catch (ResourceAccessException ex) {
			throw new TaxApiException(0, "unavailable", "The tax records service cannot be reached.", null, null);
		}
	}

	private static TaxApiException error(ClientHttpResponse response) throws IOException {
		int status = response.getStatusCode().value();
		ErrorBody body;
		try {
			body = JSON.readValue(response.getBody().readAllBytes(), ErrorBody.class);
		}
		catch (RuntimeException ex) {
			body = new ErrorBody("server_error", "The tax records service answered an error.", null, null);
		}
		return new TaxApiException(status, (body.error() != null) ? body.error() : "server_error",
				body.error_description(), body.reason(), body.acr_values());
	}

	/** The server's JSON error. */
	record ErrorBody(String error, String error_description, String reason, String acr_values) {
	}

}
