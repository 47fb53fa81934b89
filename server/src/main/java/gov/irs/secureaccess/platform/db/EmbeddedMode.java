package gov.irs.secureaccess.platform.db;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The service runs in embedded mode when no database URL is given: it then starts its own
 * PostgreSQL under the data folder, makes development keys, and offers developer pages
 * such as {@code /dev/outbox}.
 */
public final class EmbeddedMode {

	public static final String DATASOURCE_URL = "spring.datasource.url";

	private EmbeddedMode() {
	}

	public static boolean isActive(Environment environment) {
		return !StringUtils.hasText(environment.getProperty(DATASOURCE_URL));
	}

}
