package gov.irs.secureaccess.sources.csv;

/**
 * A row (or the header) of a source CSV file that cannot be loaded. The message names the
 * file, the 1-based line and the reason; it never carries the offending value, which may
 * be PII (DATA-3).
 */
public final class CsvRowException extends RuntimeException {

	private final String file;

	private final long line;

	private final String reason;

	public CsvRowException(String file, long line, String reason) {
		super(file + " line " + line + ": " + reason, null, false, false);
		this.file = file;
		this.line = line;
		this.reason = reason;
	}

	public String file() {
		return this.file;
	}

	public long line() {
		return this.line;
	}

	public String reason() {
		return this.reason;
	}

}
