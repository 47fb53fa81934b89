package gov.irs.secureaccess.sources.generator;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import gov.irs.secureaccess.platform.db.AdvisoryLock;
import gov.irs.secureaccess.sources.SourceLoadLog;
import gov.irs.secureaccess.sources.SourceLoadLog.Origin;
import gov.irs.secureaccess.sources.SourcesProperties;
import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.sources.creditbureau.CreditAccount;
import gov.irs.secureaccess.sources.creditbureau.CreditFile;
import gov.irs.secureaccess.sources.creditbureau.CreditFileWriter;
import gov.irs.secureaccess.sources.phonecarrier.PhoneLine;
import gov.irs.secureaccess.sources.phonecarrier.PhoneLineWriter;
import gov.irs.secureaccess.sources.taxrecords.InformationDocument;
import gov.irs.secureaccess.sources.taxrecords.RefundAccount;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;
import gov.irs.secureaccess.sources.taxrecords.TaxRecordWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the empty source tables with the generated population, in one transaction under
 * an advisory lock so that nodes starting together generate once. Does nothing when any
 * source table already has rows.
 */
public final class PopulationLoader {

	private static final Logger log = LoggerFactory.getLogger(PopulationLoader.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final TaxRecordWriter taxRecords;

	private final CreditFileWriter creditFiles;

	private final PhoneLineWriter phoneLines;

	private final SourceLoadLog loadLog;

	private final Clock clock;

	public PopulationLoader(JdbcClient jdbc, TransactionTemplate transactions, TaxRecordWriter taxRecords,
			CreditFileWriter creditFiles, PhoneLineWriter phoneLines, SourceLoadLog loadLog, Clock clock) {
		this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
		this.transactions = Objects.requireNonNull(transactions, "transactions");
		this.taxRecords = Objects.requireNonNull(taxRecords, "taxRecords");
		this.creditFiles = Objects.requireNonNull(creditFiles, "creditFiles");
		this.phoneLines = Objects.requireNonNull(phoneLines, "phoneLines");
		this.loadLog = Objects.requireNonNull(loadLog, "loadLog");
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	/**
	 * Writes the generated population into the source tables, once.
	 * @return the row counts written, or empty when the tables already had people
	 */
	public Optional<Map<String, Integer>> loadIfEmpty(SourcesProperties.Generator settings) {
		return Optional.ofNullable(this.transactions.execute((status) -> {
			AdvisoryLock.POPULATION_LOAD.holdUntilCommit(this.jdbc);
			if (!this.loadLog.sourcesAreEmpty()) {
				return null;
			}
			long start = System.nanoTime();
			// Recent SIM changes (REG-13) are recent now, at the first start.
			List<SyntheticPerson> people = new PopulationGenerator(settings.seed(), settings.people(),
					settings.taxYear(), this.clock.instant())
				.generate();
			Map<String, Integer> counts = write(people);
			this.loadLog.record(Origin.GENERATOR,
					"seed=" + settings.seed() + " people=" + settings.people() + " taxYear=" + settings.taxYear(),
					counts);
			log.info("Generated synthetic sources {} in {} ms", counts, (System.nanoTime() - start) / 1_000_000);
			return counts;
		}));
	}

	private Map<String, Integer> write(List<SyntheticPerson> people) {
		List<TaxRecord> records = people.stream().map(SyntheticPerson::taxRecord).toList();
		Map<Ssn, List<InformationDocument>> documents = new LinkedHashMap<>();
		records.forEach((record) -> documents.put(record.ssn(), record.documents()));
		List<CreditFile> files = people.stream().flatMap((p) -> p.creditFileIfAny().stream()).toList();
		Map<Ssn, List<CreditAccount>> accounts = new LinkedHashMap<>();
		files.forEach((file) -> accounts.put(file.ssn(), file.accounts()));
		List<PhoneLine> lines = people.stream().flatMap((p) -> p.phoneIfAny().stream()).toList();
		this.taxRecords.upsertRecords(records);
		this.taxRecords.replaceDocuments(documents);
		this.creditFiles.upsertFiles(files);
		this.creditFiles.replaceAccounts(accounts);
		this.phoneLines.upsertLines(lines);
		Map<Ssn, RefundAccount> refunds = new LinkedHashMap<>();
		people.forEach((p) -> p.refundAccountIfAny().ifPresent((refund) -> refunds.put(p.taxRecord().ssn(), refund)));
		this.taxRecords.replaceRefundAccounts(refunds);
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("people", people.size());
		counts.put("informationDocuments", documents.values().stream().mapToInt(List::size).sum());
		counts.put("creditFiles", files.size());
		counts.put("creditAccounts", accounts.values().stream().mapToInt(List::size).sum());
		counts.put("phoneLines", lines.size());
		counts.put("refundAccounts", refunds.size());
		return counts;
	}

}
