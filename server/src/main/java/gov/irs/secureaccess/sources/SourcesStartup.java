package gov.irs.secureaccess.sources;

import java.util.Objects;

import gov.irs.secureaccess.sources.csv.CsvFolderLoader;
import gov.irs.secureaccess.sources.generator.PopulationLoader;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * At start-up, before the service reports ready: with
 * {@code secure-access.sources.csv-dir} set, loads that folder (every start; a refused
 * file stops the start with its file, line and reason); otherwise generates the synthetic
 * population if the source tables are empty.
 */
public final class SourcesStartup implements ApplicationRunner {

	private final SourcesProperties properties;

	private final CsvFolderLoader csv;

	private final PopulationLoader generator;

	public SourcesStartup(SourcesProperties properties, CsvFolderLoader csv, PopulationLoader generator) {
		this.properties = Objects.requireNonNull(properties, "properties");
		this.csv = Objects.requireNonNull(csv, "csv");
		this.generator = Objects.requireNonNull(generator, "generator");
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.properties.csvDir() != null) {
			this.csv.load(this.properties.csvDir());
		}
		else {
			this.generator.loadIfEmpty(this.properties.generator());
		}
	}

}
