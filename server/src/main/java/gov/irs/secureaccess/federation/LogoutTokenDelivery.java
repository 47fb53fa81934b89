package gov.irs.secureaccess.federation;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.messaging.OutboxDeliveries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the queued logout tokens (Back-Channel Logout 1.0 section 2.5): on any node,
 * every couple of seconds, claims the due ones from the outbox, signs each
 * ({@link LogoutTokens}) and POSTs it as {@code logout_token} to the application's
 * {@code backchannel_logout_uri}. 2xx: delivered. Another 4xx (the application refused
 * the token, section 2.8): failed, not retried. 5xx, 408, 429, a timeout or no answer:
 * tried again, after 5 s, 10 s, 20 s ... at most an hour apart, eight times in all, then
 * failed. A token is signed again at each try (fresh {@code iat} and {@code exp}) with
 * the same {@code jti}. Logs name the application, never the token.
 */
@Component
class LogoutTokenDelivery {

	private static final Logger LOG = LoggerFactory.getLogger(LogoutTokenDelivery.class);

	static final int MAX_ATTEMPTS = 8;

	static final Duration LEASE = Duration.ofMinutes(1);

	static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final OutboxDeliveries deliveries;

	private final LogoutTokens tokens;

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	LogoutTokenDelivery(OutboxDeliveries deliveries, LogoutTokens tokens) {
		this.deliveries = deliveries;
		this.tokens = tokens;
	}

	@Scheduled(fixedDelayString = "${secure-access.federation.logout-delivery-interval:PT2S}",
			initialDelayString = "PT5S")
	void deliverDue() {
		for (OutboxDeliveries.Claimed message : this.deliveries.claim(Channel.BACKCHANNEL_LOGOUT, 20, LEASE)) {
			deliver(message);
		}
	}

	void deliver(OutboxDeliveries.Claimed message) {
		String clientId = message.subject();
		String outcome;
		boolean retry;
		try {
			Map<String, String> token = this.json.readValue(message.body(), new TypeReference<Map<String, String>>() {
			});
			String logoutToken = this.tokens.sign(token.get("client_id"), token.get("sub"), token.get("sid"),
					message.id().toString());
			HttpResponse<Void> response = this.http.send(HttpRequest.newBuilder(URI.create(message.recipient()))
				.timeout(TIMEOUT)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers
					.ofString("logout_token=" + URLEncoder.encode(logoutToken, StandardCharsets.US_ASCII)))
				.build(), HttpResponse.BodyHandlers.discarding());
			int status = response.statusCode();
			if (status >= 200 && status < 300) {
				this.deliveries.sent(message.id());
				LOG.info("Logout token delivered to {} (attempt {})", clientId, message.attempts());
				return;
			}
			outcome = "HTTP " + status;
			retry = status >= 500 || status == 408 || status == 429;
		}
		catch (IOException ex) {
			outcome = ex.getClass().getSimpleName();
			retry = true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.deliveries.retryLater(message.id(), Duration.ZERO, "interrupted");
			return;
		}
		catch (JacksonException | IllegalArgumentException ex) {
			outcome = "unreadable message: " + ex.getClass().getSimpleName();
			retry = false;
		}
		if (retry && message.attempts() < MAX_ATTEMPTS) {
			Duration delay = backoff(message.attempts());
			this.deliveries.retryLater(message.id(), delay, outcome);
			LOG.warn("Logout token to {} not delivered ({}), attempt {}; trying again in {}s", clientId, outcome,
					message.attempts(), delay.toSeconds());
		}
		else {
			this.deliveries.failed(message.id(), outcome);
			LOG.warn("Logout token to {} not delivered ({}), attempt {}; given up", clientId, outcome,
					message.attempts());
		}
	}

	/** 5 s after the first try, doubling, at most an hour. */
	static Duration backoff(int attempts) {
		long seconds = 5L << Math.min(Math.max(attempts - 1, 0), 10);
		return Duration.ofSeconds(Math.min(seconds, 3600));
	}

}
