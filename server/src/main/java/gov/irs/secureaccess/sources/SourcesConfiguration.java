package gov.irs.secureaccess.sources;

import java.time.Clock;

import gov.irs.secureaccess.platform.crypto.KeyedHash;
import gov.irs.secureaccess.platform.crypto.SealedJson;
import gov.irs.secureaccess.sources.creditbureau.CreditBureau;
import gov.irs.secureaccess.sources.creditbureau.CreditFileWriter;
import gov.irs.secureaccess.sources.creditbureau.JdbcCreditBureau;
import gov.irs.secureaccess.sources.csv.CsvFolderLoader;
import gov.irs.secureaccess.sources.generator.PopulationLoader;
import gov.irs.secureaccess.sources.phonecarrier.JdbcPhoneCarrier;
import gov.irs.secureaccess.sources.phonecarrier.PhoneCarrier;
import gov.irs.secureaccess.sources.phonecarrier.PhoneLineWriter;
import gov.irs.secureaccess.sources.taxrecords.JdbcTaxRecords;
import gov.irs.secureaccess.sources.taxrecords.TaxRecordWriter;
import gov.irs.secureaccess.sources.taxrecords.TaxRecords;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded reference sources: the three ports over tables, their loaders, and the
 * start-up load.
 */
@Configuration(proxyBeanMethods = false)
class SourcesConfiguration {

	@Bean
	SourceKeys sourceKeys(KeyedHash keyedHash) {
		return new SourceKeys(keyedHash);
	}

	@Bean
	TaxRecords taxRecords(JdbcClient jdbc, SourceKeys keys, SealedJson sealed) {
		return new JdbcTaxRecords(jdbc, keys, sealed);
	}

	@Bean
	CreditBureau creditBureau(JdbcClient jdbc, TransactionTemplate transactions, SourceKeys keys, Clock clock) {
		return new JdbcCreditBureau(jdbc, transactions, keys, clock);
	}

	@Bean
	PhoneCarrier phoneCarrier(JdbcClient jdbc, SourceKeys keys, SealedJson sealed) {
		return new JdbcPhoneCarrier(jdbc, keys, sealed);
	}

	@Bean
	TaxRecordWriter taxRecordWriter(JdbcTemplate jdbc, SourceKeys keys, SealedJson sealed) {
		return new TaxRecordWriter(jdbc, keys, sealed);
	}

	@Bean
	CreditFileWriter creditFileWriter(JdbcTemplate jdbc, SourceKeys keys) {
		return new CreditFileWriter(jdbc, keys);
	}

	@Bean
	PhoneLineWriter phoneLineWriter(JdbcTemplate jdbc, SourceKeys keys, SealedJson sealed) {
		return new PhoneLineWriter(jdbc, keys, sealed);
	}

	@Bean
	SourceLoadLog sourceLoadLog(JdbcClient jdbc, Clock clock) {
		return new SourceLoadLog(jdbc, clock);
	}

	@Bean
	CsvFolderLoader csvFolderLoader(TaxRecordWriter taxRecords, CreditFileWriter creditFiles,
			PhoneLineWriter phoneLines, TransactionTemplate transactions, SourceLoadLog loadLog) {
		return new CsvFolderLoader(taxRecords, creditFiles, phoneLines, transactions, loadLog);
	}

	@Bean
	PopulationLoader populationLoader(JdbcClient jdbc, TransactionTemplate transactions, TaxRecordWriter taxRecords,
			CreditFileWriter creditFiles, PhoneLineWriter phoneLines, SourceLoadLog loadLog, Clock clock) {
		return new PopulationLoader(jdbc, transactions, taxRecords, creditFiles, phoneLines, loadLog, clock);
	}

	@Bean
	SourcesStartup sourcesStartup(SourcesProperties properties, CsvFolderLoader csv, PopulationLoader generator) {
		return new SourcesStartup(properties, csv, generator);
	}

}
