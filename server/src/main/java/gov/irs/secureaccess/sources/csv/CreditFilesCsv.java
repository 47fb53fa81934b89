package gov.irs.secureaccess.sources.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.sources.creditbureau.CreditFile;
import gov.irs.secureaccess.sources.creditbureau.CreditFileWriter;

/**
 * {@code credit_files.csv}: one row per person the bureau knows, with the freeze flag.
 */
final class CreditFilesCsv implements SourceCsvFile {

	static final String FILE = "credit_files.csv";

	private final CreditFileWriter writer;

	CreditFilesCsv(CreditFileWriter writer) {
		this.writer = Objects.requireNonNull(writer, "writer");
	}

	@Override
	public String fileName() {
		return FILE;
	}

	@Override
	public List<String> requiredColumns() {
		return List.of("ssn", "frozen");
	}

	@Override
	public List<String> optionalColumns() {
		return List.of();
	}

	@Override
	public int load(List<CsvRow> rows) {
		DuplicateCheck<Ssn> duplicates = new DuplicateCheck<>("ssn");
		List<CreditFile> files = new ArrayList<>(rows.size());
		for (CsvRow row : rows) {
			Ssn ssn = row.ssn("ssn");
			duplicates.check(ssn, row);
			files.add(new CreditFile(ssn, row.bool("frozen"), List.of()));
		}
		this.writer.upsertFiles(files);
		return files.size();
	}

}
