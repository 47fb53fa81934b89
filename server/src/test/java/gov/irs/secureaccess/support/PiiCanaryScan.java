package gov.irs.secureaccess.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Looks for PII canaries (DATA-1, DATA-2, DATA-3, DATA-5) everywhere the service leaves
 * data: every column of every table of every schema (text; bytea as text and as hex,
 * which covers the session rows, the outbox bodies, the journeys and the audit chain), a
 * real {@code pg_dump} of the whole database when a {@code pg_dump} binary is on the
 * machine (the embedded PostgreSQL ships only {@code initdb}, {@code pg_ctl} and
 * {@code postgres}; Debian's client, as {@code .ci/run} installs it, is used), every file
 * under the data folder (letter PDFs read as text), the Prometheus scrape the management
 * port serves, and the captured log.
 *
 * <p>
 * A marker is a value a person typed or was sent. Short numeric markers (codes, the last
 * digits of an account) are matched as whole numbers (not inside a longer run of digits,
 * letters or a decimal fraction), so a hash or a timestamp's microseconds that happen to
 * hold the same six digits are not a leak; longer markers are matched anywhere, in any
 * letter case (a name in capitals on a letter is the name), as text and as hex (bytea). A
 * finding names the place and the marker, never the value.
 */
public final class PiiCanaryScan {

	private static final Pattern SHORT_NUMBER = Pattern.compile("\\d{4,8}");

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final Path dataDir;

	private final Map<String, String> markers = new LinkedHashMap<>();

	private final Map<String, Set<String>> allowed = new LinkedHashMap<>();

	private String pgDumpUsed;

	public PiiCanaryScan(JdbcClient jdbc, DataSource dataSource, Path dataDir) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.dataDir = dataDir;
	}

	/** A value that must never be found in clear. */
	public PiiCanaryScan marker(String name, String value) {
		if (value == null || value.length() < 4) {
			throw new IllegalArgumentException("a marker of fewer than 4 characters would be found by chance: " + name);
		}
		this.markers.put(name, value);
		return this;
	}

	public Map<String, String> markers() {
		return Map.copyOf(this.markers);
	}

	/**
	 * A marker that may be in clear in the places whose name starts with one of
	 * {@code places} (for example {@code "file letters/"}); the caller says why in a
	 * comment where it calls this.
	 */
	public PiiCanaryScan allowIn(String name, String... places) {
		this.allowed.put(name, Set.of(places));
		return this;
	}

	/**
	 * Which pg_dump read the database, or empty when none is installed (the table scan
	 * still reads every row).
	 */
	public Optional<String> pgDumpUsed() {
		return Optional.ofNullable(this.pgDumpUsed);
	}

	/**
	 * Every place a marker is in clear and not allowed there, as "place: marker name".
	 */
	public List<String> findings(String log, String prometheus) {
		List<String> found = new ArrayList<>();
		tables(found);
		pgDump(found);
		System.out.println("PII canary scan: " + this.markers.size() + " markers; pg_dump "
				+ pgDumpUsed().orElse("not installed, every table of every schema read over JDBC only"));
		files(found);
		text("prometheus scrape", prometheus, found);
		text("log", log, found);
		return found;
	}

	private void tables(List<String> found) {
		List<Map<String, Object>> columns = this.jdbc.sql("""
				select c.table_schema, c.table_name, c.column_name, c.data_type from information_schema.columns c
				  join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				 where c.table_schema not in ('pg_catalog', 'information_schema') and t.table_type = 'BASE TABLE'
				 order by c.table_schema, c.table_name, c.ordinal_position""").query().listOfRows();
		if (columns.size() < 50) {
			throw new AssertionError("only " + columns.size() + " columns: not the service's database");
		}
		for (Map<String, Object> column : columns) {
			String table = "\"%s\".\"%s\"".formatted(column.get("table_schema"), column.get("table_name"));
			String name = "\"%s\"".formatted(column.get("column_name"));
			boolean bytea = "bytea".equals(column.get("data_type"));
			// Cheap on the server (one regex per column); the rows that match are then
			// read and checked exactly.
			String where = bytea ? "encode(%s, 'hex') ~ :hex or encode(%1$s, 'escape') ~* :plain".formatted(name)
					: name + "::text ~* :plain";
			List<String> values = this.jdbc
				.sql("select %s from %s where %s".formatted(
						bytea ? "encode(%s, 'escape') || ' ' || encode(%1$s, 'hex')".formatted(name) : name + "::text",
						table, where))
				.param("plain", postgresRegex())
				.param("hex", hexRegex())
				.query(String.class)
				.list();
			String place = "table " + column.get("table_schema") + "." + column.get("table_name") + "."
					+ column.get("column_name");
			for (String value : values) {
				text(place, value, found);
			}
		}
	}

	private void pgDump(List<String> found) {
		Optional<Path> binary = pgDumpBinary();
		if (binary.isEmpty() || !(this.dataSource instanceof HikariDataSource hikari)) {
			return;
		}
		URI uri = URI.create(hikari.getJdbcUrl().substring("jdbc:".length()));
		try {
			Path out = Files.createTempFile("canary-dump", ".sql");
			try {
				ProcessBuilder builder = new ProcessBuilder(binary.get().toString(), "--no-password", "-h",
						uri.getHost(), "-p", Integer.toString(uri.getPort()), "-U", hikari.getUsername(), "-f",
						out.toString(), uri.getPath().substring(1))
					.redirectErrorStream(true);
				builder.environment().put("PGPASSWORD", hikari.getPassword());
				Process process = builder.start();
				String messages = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
					throw new AssertionError("pg_dump failed: " + messages);
				}
				this.pgDumpUsed = binary.get().toString();
				text("pg_dump", Files.readString(out, StandardCharsets.UTF_8), found);
			}
			finally {
				Files.deleteIfExists(out);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	/**
	 * The newest Debian PostgreSQL client's pg_dump (it dumps older servers too), else
	 * one on the PATH.
	 */
	private static Optional<Path> pgDumpBinary() {
		try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
			Optional<Path> debian = versions.map((version) -> version.resolve("bin/pg_dump"))
				.filter(Files::isExecutable)
				.max(Comparator
					.comparing((path) -> Integer.parseInt(path.getParent().getParent().getFileName().toString())));
			if (debian.isPresent()) {
				return debian;
			}
		}
		catch (IOException | NumberFormatException ex) {
			// no Debian PostgreSQL here
		}
		return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
			.map((dir) -> Path.of(dir, "pg_dump"))
			.filter(Files::isExecutable)
			.findFirst();
	}

	private void files(List<String> found) {
		if (!Files.isDirectory(this.dataDir)) {
			return;
		}
		try (Stream<Path> files = Files.walk(this.dataDir)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String place = "file " + this.dataDir.relativize(file).toString().replace('\\', '/');
				byte[] bytes;
				try {
					bytes = Files.readAllBytes(file);
				}
				catch (NoSuchFileException gone) {
					// The running PostgreSQL removed it between the listing and the read
					// (a relation cache file such as pg_internal.init, a WAL segment
					// recycled): what it held is in the files that replace it.
					continue;
				}
				text(place, new String(bytes, StandardCharsets.ISO_8859_1), found);
				if (file.getFileName().toString().endsWith(".pdf")) {
					try (PDDocument pdf = Loader.loadPDF(bytes)) {
						text(place, new PDFTextStripper().getText(pdf), found);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void text(String place, String text, List<String> found) {
		if (text == null) {
			return;
		}
		String lower = text.toLowerCase(Locale.ROOT);
		for (Map.Entry<String, String> marker : this.markers.entrySet()) {
			if (this.allowed.getOrDefault(marker.getKey(), Set.of()).stream().anyMatch(place::startsWith)) {
				continue;
			}
			String value = marker.getValue().toLowerCase(Locale.ROOT);
			String hex = HexFormat.of().formatHex(marker.getValue().getBytes(StandardCharsets.UTF_8));
			if (holds(lower, value, SHORT_NUMBER.matcher(value).matches()) || holds(lower, hex, false)) {
				String finding = place + ": " + marker.getKey();
				if (!found.contains(finding)) {
					found.add(finding);
				}
			}
		}
	}

	/**
	 * Whether the (lower-cased) text holds the needle; a short number only where it
	 * stands alone (see the class comment). indexOf, not one regex per marker, so a dump
	 * of many megabytes is read in seconds.
	 */
	private static boolean holds(String text, String needle, boolean alone) {
		for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
			if (!alone) {
				return true;
			}
			int after = at + needle.length();
			boolean startsAlone = at == 0
					|| !(Character.isLetterOrDigit(text.charAt(at - 1)) || text.charAt(at - 1) == '.');
			boolean endsAlone = after == text.length() || !Character.isLetterOrDigit(text.charAt(after));
			if (startsAlone && endsAlone) {
				return true;
			}
		}
		return false;
	}

	private String postgresRegex() {
		return String.join("|", this.markers.values().stream().map(PiiCanaryScan::postgresQuote).toList());
	}

	private String hexRegex() {
		return String.join("|",
				this.markers.values()
					.stream()
					.map((value) -> HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8)))
					.toList());
	}

	private static String postgresQuote(String value) {
		return value.replaceAll("([\\\\.^$|?*+()\\[\\]{}])", "\\\\$1");
	}

}
