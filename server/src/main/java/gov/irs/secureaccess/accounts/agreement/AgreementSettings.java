package gov.irs.secureaccess.accounts.agreement;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The e-Services User Agreement settings (SIGN-8).
 *
 * @param currentVersion the version everyone must have accepted; its texts are
 * {@code classpath:agreements/<version>/en.txt} and {@code es.txt}. Changing it asks
 * everyone again.
 * @param requiredPaths the pages (path patterns) that need the current version accepted
 * first: the account pages and, as they come, the e-Services
 */
@ConfigurationProperties("secure-access.agreement")
// @formatter:off (the formatter breaks an annotation's array of defaults in a record header)
public record AgreementSettings(@DefaultValue("2026-1") String currentVersion,
		@DefaultValue({ "/account", "/account/**" }) List<String> requiredPaths) {
// @formatter:on

	private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.-]{0,39}");

	public AgreementSettings {
		if (currentVersion == null || !VERSION.matcher(currentVersion).matches()) {
			throw new IllegalArgumentException(
					"secure-access.agreement.current-version must be 1 to 40 letters, digits, dots or hyphens");
		}
		requiredPaths = List.copyOf(requiredPaths);
	}

}
