package gov.irs.secureaccess.sources.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import gov.irs.secureaccess.sources.SourceLoadLog;
import gov.irs.secureaccess.sources.SourceLoadLog.Origin;
import gov.irs.secureaccess.sources.creditbureau.CreditFileWriter;
import gov.irs.secureaccess.sources.phonecarrier.PhoneLineWriter;
import gov.irs.secureaccess.sources.taxrecords.TaxRecordWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the source CSV files of one folder, each file in its own transaction and in an
 * order where files that are referred to come first. A refused file leaves nothing
 * behind; the other files still load; at the end a {@link SourceLoadException} lists
 * every refusal. Files that are absent are skipped.
 */
public final class CsvFolderLoader {

	private static final Logger log = LoggerFactory.getLogger(CsvFolderLoader.class);

	private final List<SourceCsvFile> files;

	private final TransactionTemplate transactions;

	private final SourceLoadLog loadLog;

	public CsvFolderLoader(TaxRecordWriter taxRecords, CreditFileWriter creditFiles, PhoneLineWriter phoneLines,
			TransactionTemplate transactions, SourceLoadLog loadLog) {
		this(List.of(new TaxRecordsCsv(taxRecords), new InformationDocumentsCsv(taxRecords),
				new CreditFilesCsv(creditFiles), new CreditAccountsCsv(creditFiles), new PhoneLinesCsv(phoneLines)),
				transactions, loadLog);
	}

	CsvFolderLoader(List<SourceCsvFile> files, TransactionTemplate transactions, SourceLoadLog loadLog) {
		this.files = List.copyOf(files);
		this.transactions = Objects.requireNonNull(transactions, "transactions");
		this.loadLog = Objects.requireNonNull(loadLog, "loadLog");
	}

	/**
	 * Loads every source file of the folder.
	 * @return rows loaded per file name
	 * @throws SourceLoadException when the folder is missing or any file was refused
	 * (after loading the others)
	 */
	public Map<String, Integer> load(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new SourceLoadException(
					List.of("source CSV folder " + folder + " does not exist or is not a folder"));
		}
		List<String> problems = new ArrayList<>(unknownFiles(folder));
		Map<String, Integer> loaded = new LinkedHashMap<>();
		for (SourceCsvFile file : this.files) {
			Path path = folder.resolve(file.fileName());
			if (!Files.exists(path)) {
				log.info("Source file {} not in {}, skipped", file.fileName(), folder);
				continue;
			}
			try {
				int rows = loadOne(file, path);
				loaded.put(file.fileName(), rows);
				log.info("Loaded {} rows from source file {}", rows, file.fileName());
			}
			catch (CsvRowException ex) {
				log.error("Refused source file: {}", ex.getMessage());
				problems.add(ex.getMessage());
			}
		}
		if (!problems.isEmpty()) {
			throw new SourceLoadException(problems);
		}
		return loaded;
	}

	private int loadOne(SourceCsvFile file, Path path) {
		List<CsvRow> rows = file.read(path);
		Integer count = this.transactions.execute((status) -> {
			int loaded = file.load(rows);
			this.loadLog.record(Origin.CSV, file.fileName(), Map.of("rows", loaded));
			return loaded;
		});
		return (count != null) ? count : 0;
	}

	private List<String> unknownFiles(Path folder) {
		Set<String> known = this.files.stream().map(SourceCsvFile::fileName).collect(Collectors.toSet());
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.map((entry) -> entry.getFileName().toString())
				.filter((name) -> name.toLowerCase(Locale.ROOT).endsWith(".csv") && !known.contains(name))
				.sorted()
				.map((name) -> name + ": not a source file (known: "
						+ String.join(", ", known.stream().sorted().toList()) + ")")
				.toList();
		}
		catch (IOException ex) {
			return List.of("source CSV folder " + folder + " cannot be listed");
		}
	}

}
