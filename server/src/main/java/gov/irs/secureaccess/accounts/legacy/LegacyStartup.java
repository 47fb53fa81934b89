package gov.irs.secureaccess.accounts.legacy;

import gov.irs.secureaccess.sources.SourcesProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up, before the service reports ready: imports the extract named by
 * {@code secure-access.legacy.import} (a refused file stops the start, listing file, line
 * and reason for every problem; nothing of it is imported), then, when the people come
 * from the generator (no {@code sources.csv-dir}), makes the generated legacy accounts on
 * the first start.
 */
@Component
class LegacyStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(LegacyStartup.class);

	private final LegacyProperties properties;

	private final SourcesProperties sources;

	private final LegacyImport importer;

	private final LegacyGenerator generator;

	LegacyStartup(LegacyProperties properties, SourcesProperties sources, LegacyImport importer,
			LegacyGenerator generator) {
		this.properties = properties;
		this.sources = sources;
		this.importer = importer;
		this.generator = generator;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.properties.importFile() != null) {
			int imported = this.importer.importFile(this.properties.importFile());
			log.info("Imported {} legacy e-Services accounts from {}", imported,
					this.properties.importFile().getFileName());
		}
		if (this.sources.csvDir() == null && this.properties.generator().enabled()) {
			this.generator.generateOnce(this.sources.generator(), this.properties.generator());
		}
	}

}
