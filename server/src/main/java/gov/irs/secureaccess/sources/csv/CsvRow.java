package gov.irs.secureaccess.sources.csv;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import gov.irs.secureaccess.sources.Ssn;

/**
 * One data row of a source CSV file. Every accessor either returns a well-formed value or
 * throws a {@link CsvRowException} whose reason names the column, never its value.
 */
public final class CsvRow {

	private static final Pattern MONEY = Pattern.compile("-?\\d{1,12}(\\.\\d{1,2})?");

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	private final String file;

	private final long line;

	private final Map<String, String> values;

	CsvRow(String file, long line, Map<String, String> values) {
		this.file = file;
		this.line = line;
		this.values = values;
	}

	public long line() {
		return this.line;
	}

	public String text(String column) {
		String value = optionalText(column);
		if (value == null) {
			throw fail(column + " is missing");
		}
		return value;
	}

	public String optionalText(String column) {
		String value = this.values.get(column);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public Ssn ssn(String column) {
		String value = text(column);
		return build(() -> Ssn.parse(value));
	}

	LocalDate date(String column) {
		try {
			return LocalDate.parse(text(column));
		}
		catch (DateTimeParseException ex) {
			throw fail(column + " must be a date written YYYY-MM-DD");
		}
	}

	/**
	 * An optional moment: ISO-8601 with an offset ({@code 2026-05-01T14:30:00Z},
	 * {@code 2026-05-01T10:30-04:00}) or a date alone ({@code 2026-05-01}, read as its
	 * start in UTC); null when empty.
	 */
	Instant optionalInstant(String column) {
		String value = optionalText(column);
		if (value == null) {
			return null;
		}
		try {
			if (value.length() == 10) {
				return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw fail(column + " must be a date YYYY-MM-DD or a date and time with offset, like 2026-05-01T14:30:00Z");
		}
	}

	int year(String column) {
		String value = text(column);
		if (!YEAR.matcher(value).matches()) {
			throw fail(column + " must be a four-digit year");
		}
		return Integer.parseInt(value);
	}

	BigDecimal money(String column) {
		String value = text(column);
		if (!MONEY.matcher(value).matches()) {
			throw fail(column + " must be an amount in dollars, digits with at most two decimals (no $ or commas)");
		}
		return new BigDecimal(value);
	}

	boolean bool(String column) {
		String value = text(column).toLowerCase(Locale.ROOT);
		if (!value.equals("true") && !value.equals("false")) {
			throw fail(column + " must be true or false");
		}
		return Boolean.parseBoolean(value);
	}

	<E extends Enum<E>> E enumValue(String column, Class<E> type) {
		return enumOf(column, type, text(column));
	}

	<E extends Enum<E>> E optionalEnum(String column, Class<E> type) {
		String value = optionalText(column);
		return (value != null) ? enumOf(column, type, value) : null;
	}

	/**
	 * Builds a domain value; its checks' reasons (which never quote values) become this
	 * row's reason.
	 */
	public <T> T build(Supplier<T> builder) {
		try {
			return builder.get();
		}
		catch (NumberFormatException ex) {
			throw fail("a number is ill-formed");
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw fail(ex.getMessage() + ((ex instanceof NullPointerException) ? " is missing" : ""));
		}
	}

	<T> T parse(String column, Function<String, T> parser) {
		String value = text(column);
		return build(() -> parser.apply(value));
	}

	public CsvRowException fail(String reason) {
		return new CsvRowException(this.file, this.line, reason);
	}

	private <E extends Enum<E>> E enumOf(String column, Class<E> type, String value) {
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw fail(column + " must be one of " + Arrays.toString(type.getEnumConstants()));
		}
	}

}
