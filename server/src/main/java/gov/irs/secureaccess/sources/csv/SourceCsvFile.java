package gov.irs.secureaccess.sources.csv;

import java.nio.file.Path;
import java.util.List;

/**
 * One kind of source CSV file: its name, its columns, and how its rows go into the
 * tables.
 */
interface SourceCsvFile {

	String fileName();

	List<String> requiredColumns();

	List<String> optionalColumns();

	/**
	 * Checks every row, then writes them all, inside the caller's transaction: any
	 * {@link CsvRowException} rolls the whole file back.
	 * @return how many rows were loaded
	 */
	int load(List<CsvRow> rows);

	default List<CsvRow> read(Path path) {
		return CsvTable.read(path, requiredColumns(), optionalColumns());
	}

}
