package gov.irs.secureaccess.docs;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings the docs name are the service's settings (issue 15, "docs that stay
 * true"): every {@code secure-access.*} setting the README or a page under docs/ names
 * exists (a {@code @ConfigurationProperties} record, a {@code @Value}, a key the code
 * reads, or application.properties), every one that exists is documented somewhere, and
 * the defaults the settings tables give are the code's.
 */
class SettingsDocTest {

	private static final Path ROOT = Path.of("..");

	private static final Path MAIN = Path.of("src/main/java");

	/**
	 * A setting's name; not a host ({@code https://secure-access.irs.example}), a file or
	 * a client's name.
	 */
	private static final Pattern KEY = Pattern.compile("(?<![\\w./])secure-access(?:\\.[a-z0-9<>*-]+)+");

	/** Switches of the tests, not of the service: the test that reads each says so. */
	private static final Set<String> TEST_SWITCHES = Set.of(RulesDocTest.WRITE_PROPERTY);

	/** {@code @Value("${secure-access.x:default}")}: the setting and its default. */
	private static final Pattern VALUE = Pattern.compile("\\$\\{(secure-access(?:\\.[a-z0-9-]+)+)(?::([^}]*))?}");

	/**
	 * Settings the code reads by name ({@code @Value("${...}")}, {@code Environment},
	 * command-line switches).
	 */
	private static final Pattern READ_BY_NAME = Pattern.compile("\"(?:\\$\\{)?(secure-access(?:\\.[a-z0-9-]+)+)");

	@Test
	void whenADocNamesASetting_thenTheServiceHasIt() throws IOException {
		Map<String, String> known = knownSettings();
		List<String> unknown = new ArrayList<>();
		for (Map.Entry<String, Set<String>> named : documented().entrySet()) {
			if (!TEST_SWITCHES.contains(named.getKey())
					&& known.keySet().stream().noneMatch((k) -> matches(named.getKey(), k))) {
				unknown.add(named.getKey() + " (" + String.join(", ", named.getValue()) + ")");
			}
		}
		assertThat(unknown).as("settings the docs name that the service does not have").isEmpty();
	}

	@Test
	void whenTheServiceHasASetting_thenADocNamesIt() throws IOException {
		Set<String> documented = documented().keySet();
		List<String> undocumented = knownSettings().keySet()
			.stream()
			.filter((k) -> documented.stream().noneMatch((d) -> matches(d, k)))
			.toList();
		assertThat(undocumented).as("settings no page (README.md, docs/*.md) names").isEmpty();
	}

	@Test
	void whenASettingsTableGivesADefault_thenItIsTheCodesDefault() throws IOException {
		Map<String, String> known = knownSettings();
		List<String> wrong = new ArrayList<>();
		for (Path page : pages()) {
			for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
				String[] cells = line.split("\\|");
				if (!line.startsWith("| `secure-access.") || cells.length < 4) {
					continue;
				}
				List<String> keys = expand(codeSpans(cells[1]));
				List<String> defaults = Stream.of(cells[2].split("\\s*(?:,|\\s/)\\s*"))
					.map((d) -> d.replaceAll("\\(.*\\)", "").replace("`", "").trim())
					.toList();
				if (keys.size() != defaults.size()) {
					continue;
				}
				for (int i = 0; i < keys.size(); i++) {
					String actual = known.get(keys.get(i));
					if (actual != null && !actual.isEmpty() && !sameValue(defaults.get(i), actual)) {
						wrong.add(page.getFileName() + " " + keys.get(i) + ": " + defaults.get(i) + ", code " + actual);
					}
				}
			}
		}
		assertThat(wrong).as("defaults in the docs that are not the code's").isEmpty();
	}

	@Test
	void whenSettingsAreMatched_thenPlaceholdersAndWildcardsStandForOnePart() {
		assertThat(matches("secure-access.rate-limits.<name>.max-hits", "secure-access.rate-limits.*.max-hits"))
			.isTrue();
		assertThat(matches("secure-access.rate-limits.sign-in.*", "secure-access.rate-limits.*.window")).isTrue();
		assertThat(matches("secure-access.crypto.pii-keys.<id>", "secure-access.crypto.pii-keys.*")).isTrue();
		assertThat(matches("secure-access.crypto.lookup-key", "secure-access.crypto.active-pii-key")).isFalse();
		assertThat(matches("secure-access.crypto", "secure-access.crypto.lookup-key")).isFalse();
		assertThat(expand(List.of("secure-access.a.b", ".c", "d"))).containsExactly("secure-access.a.b",
				"secure-access.a.c");
	}

	/**
	 * Every setting the service has, with its default where the code declares one (else
	 * an empty string).
	 */
	static Map<String, String> knownSettings() throws IOException {
		Map<String, String> known = new TreeMap<>();
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
		for (BeanDefinition candidate : scanner.findCandidateComponents("gov.irs.secureaccess")) {
			try {
				Class<?> type = Class.forName(candidate.getBeanClassName());
				ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
				String prefix = annotation.value().isEmpty() ? annotation.prefix() : annotation.value();
				addComponents(prefix, type, known);
			}
			catch (ClassNotFoundException ex) {
				throw new IllegalStateException(ex);
			}
		}
		try (Stream<Path> files = Files.walk(MAIN)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file, StandardCharsets.UTF_8);
				Matcher value = VALUE.matcher(source);
				while (value.find()) {
					known.put(value.group(1), (value.group(2) != null) ? value.group(2) : "");
				}
				Matcher matcher = READ_BY_NAME.matcher(source);
				while (matcher.find()) {
					String key = matcher.group(1).replaceAll("\\.$", "");
					if (known.keySet().stream().noneMatch((k) -> matches(k, key) || k.startsWith(key + "."))) {
						known.putIfAbsent(key, "");
					}
				}
			}
		}
		Properties properties = new Properties();
		properties.load(Files.newBufferedReader(Path.of("src/main/resources/application.properties")));
		for (String key : properties.stringPropertyNames()) {
			if (key.startsWith("secure-access.")) {
				// The shipped application.properties wins over a declared default.
				known.put(key, properties.getProperty(key));
			}
		}
		return known;
	}

	private static void addComponents(String prefix, Class<?> type, Map<String, String> known) {
		RecordComponent[] components = type.getRecordComponents();
		Parameter[] parameters = canonicalConstructor(type, components).getParameters();
		for (int i = 0; i < components.length; i++) {
			RecordComponent component = components[i];
			Parameter parameter = parameters[i];
			Name name = parameter.getAnnotation(Name.class);
			String key = prefix + "." + ((name != null) ? name.value() : kebab(component.getName()));
			Class<?> raw = component.getType();
			DefaultValue defaultValue = parameter.getAnnotation(DefaultValue.class);
			if (raw.isRecord() && raw.getName().startsWith("gov.irs.secureaccess")) {
				addComponents(key, raw, known);
			}
			else if (Map.class.isAssignableFrom(raw)) {
				Type value = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[1];
				if (value instanceof Class<?> valueType && valueType.isRecord()) {
					addComponents(key + ".*", valueType, known);
				}
				else {
					known.put(key + ".*", "");
				}
			}
			else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
				known.put(key, "");
			}
			else {
				known.put(key,
						(defaultValue != null && defaultValue.value().length == 1) ? defaultValue.value()[0] : "");
			}
		}
	}

	private static Constructor<?> canonicalConstructor(Class<?> type, RecordComponent[] components) {
		try {
			return type
				.getDeclaredConstructor(Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Settings named in backticks by README.md and docs/*.md, each with the pages that
	 * name it.
	 */
	private static Map<String, Set<String>> documented() throws IOException {
		Map<String, Set<String>> named = new TreeMap<>();
		for (Path page : pages()) {
			boolean fenced = false;
			for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
				if (line.trim().startsWith("```")) {
					fenced = !fenced;
					continue;
				}
				List<String> keys = fenced ? KEY.matcher(line)
					.results()
					.map(MatchResult::group)
					.filter((k) -> !k.endsWith(".jar"))
					.toList() : expand(codeSpans(line));
				for (String key : keys) {
					named.computeIfAbsent(key, (k) -> new TreeSet<>()).add(page.getFileName().toString());
				}
			}
		}
		return named;
	}

	/** README.md and the pages under docs/. */
	private static List<Path> pages() throws IOException {
		List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
		try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
			docs.filter((f) -> f.toString().endsWith(".md")).sorted().forEach(pages::add);
		}
		return pages;
	}

	/** The code spans of a line. */
	private static List<String> codeSpans(String line) {
		List<String> spans = new ArrayList<>();
		Matcher matcher = Pattern.compile("`([^`]+)`").matcher(line);
		while (matcher.find()) {
			spans.add(matcher.group(1).trim());
		}
		return spans;
	}

	/**
	 * The settings among code spans: {@code secure-access.…} (before any {@code =value}),
	 * and a span that starts with a dot ({@code .max-hits}) right after one, which
	 * replaces its last part.
	 */
	static List<String> expand(List<String> spans) {
		List<String> keys = new ArrayList<>();
		String previous = null;
		for (String span : spans) {
			String name = span.replaceAll("^-+", "").split("[=\\s]", 2)[0];
			if (name.startsWith(".") && previous != null && name.matches("\\.[a-z0-9-]+(\\.[a-z0-9-]+)*")) {
				String key = previous.substring(0, previous.lastIndexOf('.')) + name;
				keys.add(key);
				previous = key;
			}
			else if (KEY.matcher(name).matches() && !name.endsWith(".jar")) {
				keys.add(name);
				previous = name;
			}
			else {
				previous = null;
			}
		}
		return keys;
	}

	/**
	 * Whether two names are the same setting: a part {@code *} or {@code <name>} stands
	 * for any one part.
	 */
	static boolean matches(String a, String b) {
		String[] x = a.split("\\.");
		String[] y = b.split("\\.");
		boolean rest = x[x.length - 1].equals("*") && y.length >= x.length;
		if (x.length != y.length && !rest) {
			return false;
		}
		for (int i = 0; i < x.length; i++) {
			if (!(x[i].equals(y[i]) || isAny(x[i]) || isAny(y[i]))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isAny(String part) {
		return part.equals("*") || (part.startsWith("<") && part.endsWith(">"));
	}

	private static boolean sameValue(String documented, String actual) {
		if (documented.equalsIgnoreCase(actual.replaceAll("\\$\\{([^}]+)}", "<$1>"))) {
			return true;
		}
		try {
			return Duration.parse(documented).equals(Duration.parse(actual));
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static String kebab(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

}
