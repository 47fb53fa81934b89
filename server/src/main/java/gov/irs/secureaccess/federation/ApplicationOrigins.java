package gov.irs.secureaccess.federation;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import gov.irs.secureaccess.platform.web.FormActionTargets;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The origins of the registered applications' redirect URIs, for the {@code form-action}
 * of the pages that continue to them ({@link FormActionTargets}); read again at most once
 * a minute.
 */
@Component
class ApplicationOrigins implements FormActionTargets {

	private static final Duration FRESH = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile Snapshot snapshot;

	ApplicationOrigins(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Collection<String> origins() {
		Instant now = this.clock.instant();
		Snapshot current = this.snapshot;
		if (current == null || now.isAfter(current.readAt().plus(FRESH)) || now.isBefore(current.readAt())) {
			TreeSet<String> origins = new TreeSet<>();
			this.jdbc.sql("select redirect_uris from oauth2_registered_client where redirect_uris is not null")
				.query(String.class)
				.list()
				.forEach((uris) -> {
					for (String uri : uris.split(",")) {
						String origin = originOf(uri.trim());
						if (origin != null) {
							origins.add(origin);
						}
					}
				});
			current = new Snapshot(List.copyOf(origins), now);
			this.snapshot = current;
		}
		return current.origins();
	}

	/** Forgets what was read, after a registration. */
	void refresh() {
		this.snapshot = null;
	}

	static String originOf(String text) {
		try {
			URI uri = new URI(text);
			if (uri.getScheme() == null || uri.getHost() == null
					|| !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
				return null;
			}
			return uri.getScheme() + "://" + uri.getHost() + ((uri.getPort() != -1) ? ":" + uri.getPort() : "");
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	private record Snapshot(List<String> origins, Instant readAt) {
	}

}
