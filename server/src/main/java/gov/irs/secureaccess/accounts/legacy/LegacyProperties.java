package gov.irs.secureaccess.accounts.legacy;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * Legacy e-Services accounts (docs/legacy-accounts.md).
 *
 * @param importFile {@code secure-access.legacy.import}: a CSV extract imported at
 * start-up, before the service reports ready; a refused file stops the start with its
 * problems (file, line, reason)
 * @param generator the legacy accounts made for the generated population on its first
 * start
 * @param migrationLifetime how long an unfinished move to Secure Access (REG-10) can be
 * continued by signing in again
 */
@ConfigurationProperties("secure-access.legacy")
public record LegacyProperties(@Name("import") Path importFile, @DefaultValue Generator generator,
		@DefaultValue("PT24H") Duration migrationLifetime) {

	/**
	 * Legacy accounts made for the generated population.
	 *
	 * @param enabled whether the generated population gets legacy accounts (never with
	 * {@code sources.csv-dir})
	 * @param accounts how many ordinary generated people get one, besides the documented
	 * demo legacy users
	 */
	public record Generator(@DefaultValue("true") boolean enabled, @DefaultValue("200") int accounts) {

		public Generator {
			if (accounts < 0) {
				throw new IllegalArgumentException("secure-access.legacy.generator.accounts must not be negative");
			}
		}

	}

}
