package gov.irs.secureaccess.sources.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one source CSV file (RFC 4180, UTF-8, header row) into rows that know their
 * 1-based line. The header must hold every required column, may hold the optional ones,
 * and nothing else. Blank lines are skipped.
 */
public final class CsvTable {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(false)
		.setTrim(true)
		.get();

	private CsvTable() {
	}

	public static List<CsvRow> read(Path path, List<String> required, List<String> optional) {
		String file = path.getFileName().toString();
		try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
			skipByteOrderMark(reader);
			return read(file, reader, required, optional);
		}
		catch (IOException ex) {
			throw new CsvRowException(file, 0, "cannot be read (" + ex.getClass().getSimpleName() + ")");
		}
	}

	/**
	 * Spreadsheets often save UTF-8 with a byte order mark, which would otherwise stick
	 * to the first column name.
	 */
	private static void skipByteOrderMark(BufferedReader reader) throws IOException {
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
	}

	private static List<CsvRow> read(String file, Reader reader, List<String> required, List<String> optional)
			throws IOException {
		try (CSVParser parser = parse(file, reader)) {
			checkHeader(file, parser.getHeaderNames(), required, optional);
			List<CsvRow> rows = new ArrayList<>();
			long previousEnd = parser.getCurrentLineNumber();
			Iterator<CSVRecord> records = parser.iterator();
			while (hasNext(file, records, previousEnd + 1)) {
				CSVRecord record = records.next();
				long line = previousEnd + 1;
				previousEnd = parser.getCurrentLineNumber();
				if (record.size() == 1 && record.get(0).isEmpty()) {
					continue;
				}
				if (!record.isConsistent()) {
					throw new CsvRowException(file, line,
							"row has " + record.size() + " fields, the header has " + parser.getHeaderNames().size());
				}
				rows.add(new CsvRow(file, line, toMap(record)));
			}
			return rows;
		}
	}

	private static CSVParser parse(String file, Reader reader) throws IOException {
		try {
			return CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
		}
		catch (IllegalArgumentException | UncheckedIOException ex) {
			throw new CsvRowException(file, 1, "header row is missing, empty or has a repeated column");
		}
	}

	private static boolean hasNext(String file, Iterator<CSVRecord> records, long line) {
		try {
			return records.hasNext();
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			// The parser's own message may quote the data: report only where and what.
			throw new CsvRowException(file, line,
					"malformed CSV (a quote is not closed, or text follows a closing quote)");
		}
	}

	private static void checkHeader(String file, List<String> header, List<String> required, List<String> optional) {
		Set<String> present = new HashSet<>(header);
		for (String column : required) {
			if (!present.contains(column)) {
				throw new CsvRowException(file, 1, "header lacks required column " + column);
			}
		}
		for (String column : header) {
			if (!required.contains(column) && !optional.contains(column)) {
				throw new CsvRowException(file, 1,
						"header has an unknown column (allowed: " + String.join(", ", required)
								+ (optional.isEmpty() ? "" : ", " + String.join(", ", optional)) + ")");
			}
		}
	}

	private static Map<String, String> toMap(CSVRecord record) {
		Map<String, String> values = new LinkedHashMap<>();
		record.toMap().forEach(values::put);
		return values;
	}

}
