package gov.irs.secureaccess.sources;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded sources get their people (see docs/sources.md).
 *
 * @param csvDir folder of CSV files loaded at every start
 * ({@code secure-access.sources.csv-dir}); when unset, the generator fills empty source
 * tables on the first start
 * @param generator the synthetic population
 */
@ConfigurationProperties("secure-access.sources")
public record SourcesProperties(Path csvDir, @DefaultValue Generator generator) {

	/**
	 * How the embedded sources' synthetic population is generated.
	 *
	 * @param seed the same seed and people make the same population
	 * @param people how many people, demo people included
	 * @param taxYear the year of everyone's last filed return; birth dates and documents
	 * are relative to it
	 */
	public record Generator(@DefaultValue("20261122") long seed, @DefaultValue("10000") int people,
			@DefaultValue("2025") int taxYear) {
	}

}
