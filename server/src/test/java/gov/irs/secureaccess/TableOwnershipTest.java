package gov.irs.secureaccess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No capability touches another's tables (issue 15, "Boundaries"; docs/platform.md,
 * "Packages and layers"): each table the migrations create is named in the SQL of one
 * top-level package only, its owner; another capability asks the owner's classes (the
 * e-Help Desk asks {@code Accounts} for an officer's username). ArchUnit reads bytecode,
 * not SQL text, so this reads the main sources: every {@code from}, {@code join},
 * {@code into} and {@code update} followed by the name of a table.
 */
class TableOwnershipTest {

	private static final Path SOURCES = Path.of("src", "main", "java", "gov", "irs", "secureaccess");

	private static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");

	private static final Pattern CREATE = Pattern
		.compile("(?i)create\\s+(?:unlogged\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

	private static final Pattern USE = Pattern.compile("(?i)\\b(?:from|join|into|update)\\s+([a-z_][a-z0-9_]*)\\b");

	@Test
	void whenTheSqlOfTheMainSourcesIsRead_thenEveryTableIsNamedByTheCapabilityThatOwnsItOnly() throws IOException {
		Set<String> tables = tables();
		Map<String, Map<String, Set<String>>> users = new TreeMap<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Path relative = SOURCES.relativize(file);
				if (relative.getNameCount() < 2) {
					continue; // the application class, which has no SQL
				}
				Matcher use = USE.matcher(Files.readString(file));
				while (use.find()) {
					String table = use.group(1).toLowerCase(Locale.ROOT);
					if (tables.contains(table)) {
						users.computeIfAbsent(table, (key) -> new TreeMap<>())
							.computeIfAbsent(relative.getName(0).toString(), (key) -> new TreeSet<>())
							.add(file.getFileName().toString());
					}
				}
			}
		}
		assertThat(users.get("account")).as("the scan finds the account table's SQL").containsOnlyKeys("accounts");
		assertThat(users).as("tables named in the SQL of more than one capability")
			.allSatisfy((table, capabilities) -> assertThat(capabilities).as(table).hasSize(1));
	}

	private static Set<String> tables() throws IOException {
		Set<String> tables = new TreeSet<>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path migration : files.filter((path) -> path.toString().endsWith(".sql")).toList()) {
				Matcher create = CREATE.matcher(Files.readString(migration));
				while (create.find()) {
					tables.add(create.group(1).toLowerCase(Locale.ROOT));
				}
			}
		}
		assertThat(tables).as("tables created by the migrations").contains("account", "in_person_check");
		return tables;
	}

}
