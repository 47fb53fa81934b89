package gov.irs.secureaccess.sources;

import java.util.List;
import java.util.Map;

import gov.irs.secureaccess.platform.crypto.KeyedHash;
import gov.irs.secureaccess.platform.crypto.PiiCipher;
import gov.irs.secureaccess.sources.generator.DemoPeople;
import gov.irs.secureaccess.sources.generator.DemoPerson;
import gov.irs.secureaccess.sources.generator.PopulationGenerator;
import gov.irs.secureaccess.sources.generator.PopulationLoader;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;
import gov.irs.secureaccess.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SourcesStorageIntegrationTest {

	private static final List<String> SOURCE_TABLES = List.of("tax_record", "information_document", "credit_file",
			"credit_account", "credit_inquiry", "phone_line", "source_load");

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private PiiCipher cipher;

	@Autowired
	private KeyedHash keyedHash;

	@Autowired
	private SourcesProperties properties;

	@Autowired
	private PopulationLoader loader;

	@Test
	void whenFirstStartWithoutCsvFolder_thenGeneratedPopulationIsLoadedAndRecorded() {
		Map<String, Object> load = this.jdbc
			.sql("select origin, detail, counts::text as counts from source_load " + "where origin = 'GENERATOR'")
			.query()
			.singleRow();
		SourcesProperties.Generator settings = this.properties.generator();
		assertThat(load.get("detail"))
			.isEqualTo("seed=" + settings.seed() + " people=" + settings.people() + " taxYear=" + settings.taxYear());
		assertThat((String) load.get("counts")).contains("\"people\": " + settings.people());
		assertThat(count("tax_record")).isGreaterThanOrEqualTo(settings.people());
	}

	@Test
	void whenTablesAlreadyHold_thenGeneratorDoesNotRunAgain() {
		long before = count("tax_record");
		assertThat(this.loader.loadIfEmpty(this.properties.generator())).isEmpty();
		assertThat(count("tax_record")).isEqualTo(before);
		assertThat(
				this.jdbc.sql("select count(*) from source_load where origin = 'GENERATOR'").query(Long.class).single())
			.isEqualTo(1);
	}

	// DATA-1: the raw rows hold no SSN, name or phone number in clear; the sealed payload
	// opens to the right person.
	@Test
	void whenRowsReadWithSql_thenPiiIsSealedAndOpensToTheRightPerson() {
		DemoPerson demo = DemoPeople.all(2025).get(0);
		TaxRecord record = demo.person().taxRecord();
		String ssn = record.ssn().formatted();
		String phone = demo.person().phone().number().e164();
		String everything = dumpSourceTables();
		assertThat(everything).as("the dump holds the rows").contains(this.keyedHash.of("sources.ssn", ssn));
		assertThat(everything).doesNotContain(ssn, ssn.replace("-", ""), record.name().last(), record.address().line1(),
				phone, phone.substring(2), record.dateOfBirth().toString());
		String sealed = this.jdbc.sql("select payload_sealed from tax_record where ssn_hash = :hash")
			.param("hash", this.keyedHash.of("sources.ssn", ssn))
			.query(String.class)
			.single();
		String opened = this.cipher.open(sealed, "tax_record.payload");
		assertThat(opened).contains("\"first\":\"Olivia\"", "\"last\":\"Bennett\"", "\"line1\":\"1450 Maple Ave\"",
				"\"dateOfBirth\":\"1986-04-12\"");
		String sealedLine = this.jdbc.sql("select payload_sealed from phone_line where number_hash = :hash")
			.param("hash", this.keyedHash.of("sources.phone", phone))
			.query(String.class)
			.single();
		assertThat(this.cipher.open(sealedLine, "phone_line.payload")).contains("Olivia Bennett");
	}

	// DATA-2: the last 8 digits of no account appear anywhere in the source tables.
	@Test
	void whenAccountsLoaded_thenTheirDigitsAppearNowhereInTheTables() {
		List<SyntheticPerson> people = new PopulationGenerator(this.properties.generator().seed(),
				this.properties.generator().people(), this.properties.generator().taxYear())
			.generate();
		List<String> digits = people.stream()
			.flatMap((p) -> p.creditFileIfAny().stream())
			.flatMap((file) -> file.accounts().stream())
			.map((account) -> account.last8().digits())
			.toList();
		assertThat(digits).hasSizeGreaterThan(300);
		String everything = dumpSourceTables();
		assertThat(digits)
			.allSatisfy((last8) -> assertThat(everything.contains(last8)).as("an account's digits").isFalse());
	}

	private String dumpSourceTables() {
		StringBuilder all = new StringBuilder();
		for (String table : SOURCE_TABLES) {
			this.jdbc.sql("select t::text from " + table + " t").query(String.class).list().forEach(all::append);
		}
		return all.toString();
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
