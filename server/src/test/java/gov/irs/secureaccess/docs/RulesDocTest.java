package gov.irs.secureaccess.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import gov.irs.secureaccess.docs.RuleProofs.TestClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/rules.md holds every rule's text and, under each, the tests that name it ("Proved
 * by"), generated from the test sources by {@link RuleProofs}. This test fails when those
 * lists are not what the test sources say, and prints what they should be; with
 * {@code -Dsecure-access.rules.write=true} it writes them instead (docs/rules.md says
 * how).
 */
class RulesDocTest {

	private static final Path ROOT = Path.of("..");

	private static final Path RULES = ROOT.resolve("docs/rules.md");

	static final String WRITE_PROPERTY = "secure-access.rules.write";

	/**
	 * A rule's item: "- **REG-4** ..." (a level's: "- **LOA-1 Legacy two-factor**: ...").
	 */
	private static final Pattern RULE_ITEM = Pattern.compile("^- \\*\\*([A-Z]+)-(\\d+)\\b.*");

	private static final String PROVED_BY = "  - Proved by:";

	private static final String NOT_PROVED = "  - Not proved yet: no test names it.";

	@Test
	void whenTheTestsChange_thenTheProvedByListsInDocsRulesMdFollow() throws IOException {
		String doc = Files.readString(RULES, StandardCharsets.UTF_8);
		List<String> ids = ruleIds(doc);
		List<TestClass> classes = RuleProofs.scan(ROOT, idPattern(ids));
		String expected = withProofs(doc, proofs(ids, classes));
		if (Boolean.getBoolean(WRITE_PROPERTY)) {
			Files.writeString(RULES, expected, StandardCharsets.UTF_8);
			return;
		}
		Path written = Path.of("target", "rules.md");
		Files.createDirectories(written.getParent());
		Files.writeString(written, expected, StandardCharsets.UTF_8);
		Map<String, List<String>> found = generated(doc);
		StringBuilder stale = new StringBuilder();
		for (String id : ids) {
			List<String> block = block(proofs(ids, classes).get(id));
			if (!block.equals(found.get(id))) {
				stale.append(id).append(" should read:\n").append(String.join("\n", block)).append('\n');
			}
		}
		assertThat(stale.toString())
			.as("docs/rules.md's \"Proved by\" lists are out of date (the whole file as it should be: server/%s). "
					+ "Write them with mvn -o -pl server -am -Dtest=RulesDocTest "
					+ "-Dsurefire.failIfNoSpecifiedTests=false -D%s=true test", written, WRITE_PROPERTY)
			.isEmpty();
		assertThat(doc).as("docs/rules.md as generated (server/%s)", written).isEqualTo(expected);
	}

	@Test
	void whenATestNamesARuleId_thenThatRuleIsInDocsRulesMd() throws IOException {
		List<String> ids = ruleIds(Files.readString(RULES, StandardCharsets.UTF_8));
		Set<String> named = new TreeSet<>();
		RuleProofs.scan(ROOT, idPattern(ids)).forEach((c) -> named.addAll(c.testsPerRule().keySet()));
		assertThat(ids).as("every rule ID a test names is a rule of docs/rules.md").containsAll(named);
	}

	@Test
	void whenARuleIsNamedInANameADisplayNameAClassJavadocOrACommentAbove_thenItCountsAndInABodyNot(@TempDir Path root)
			throws IOException {
		Path dir = Files.createDirectories(root.resolve("server/src/test/java/x"));
		Files.writeString(dir.resolve("ExampleTest.java"), """
				package x;

				import org.junit.jupiter.api.Test;

				/** XYZ-1: the class's Javadoc names a rule for all its tests. */
				class ExampleTest {

					@Test
					void XYZ_2_whenNamed_thenCounted() {
					}

					// XYZ-3: a comment right above, with a {@code brace}
					@Test
					void whenCommented_thenCounted() {
						assertThat("XYZ-4").isNotNull();
					}

					@Test
					@DisplayName("XYZ-5 in a display name")
					void whenDisplayed_thenCounted() {
					}

					/** XYZ-8 to XYZ-10: a range names each rule in it. */
					@Test
					void whenARangeIsNamed_thenEachRuleInItCounts() {
					}

					/**
					 * A range the formatter wrapped still names each rule in it (XYZ-11 to
					 * XYZ-13).
					 */
					@Test
					void whenARangeIsWrapped_thenEachRuleInItCounts() {
					}

					@ParameterizedTest
					@CsvSource({
						"a, b",
					})
					void XYZ_6_whenParameterized_thenCountedOnce(String a, String b) {
					}

				}
				""");
		Files.writeString(dir.resolve("Helper.java"), """
				package x;

				/** XYZ-7 in a class without tests is no proof. */
				final class Helper {

					void XYZ_7_notATest() {
					}

				}
				""");
		List<TestClass> classes = RuleProofs.scan(root, idPattern(List.of("XYZ-1")));
		assertThat(classes).singleElement().satisfies((c) -> {
			assertThat(c.name()).isEqualTo("ExampleTest");
			assertThat(c.testsPerRule()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(Map.entry("XYZ-1", 6),
					Map.entry("XYZ-2", 1), Map.entry("XYZ-3", 1), Map.entry("XYZ-5", 1), Map.entry("XYZ-6", 1),
					Map.entry("XYZ-8", 1), Map.entry("XYZ-9", 1), Map.entry("XYZ-10", 1), Map.entry("XYZ-11", 1),
					Map.entry("XYZ-12", 1), Map.entry("XYZ-13", 1)));
		});
	}

	@Test
	void whenARuleHasNoTest_thenItsEntrySaysNotProvedYet() {
		String doc = """
				## REG
				- **REG-1** One.
				  Two.
				- **REG-2** Three.
				  - Proved by:
				    - [Old](old): 1 test
				""";
		Map<String, List<String>> proofs = new TreeMap<>();
		proofs.put("REG-1", List.of("    - [ATest](../server/src/test/java/ATest.java): 2 tests"));
		proofs.put("REG-2", List.of());
		assertThat(withProofs(doc, proofs)).isEqualTo("""
				## REG
				- **REG-1** One.
				  Two.
				  - Proved by:
				    - [ATest](../server/src/test/java/ATest.java): 2 tests
				- **REG-2** Three.
				  - Not proved yet: no test names it.
				""");
	}

	private static List<String> ruleIds(String doc) {
		List<String> ids = new ArrayList<>();
		for (String line : doc.split("\n", -1)) {
			Matcher matcher = RULE_ITEM.matcher(line);
			if (matcher.matches()) {
				ids.add(matcher.group(1) + "-" + matcher.group(2));
			}
		}
		assertThat(ids).as("rule IDs in docs/rules.md").isNotEmpty().doesNotHaveDuplicates();
		return ids;
	}

	/**
	 * Matches an ID with a rule's prefix as text ("REG-4") or in a name ("REG_4_when"),
	 * not inside a longer number or word; group 1 is the prefix, group 2 the number.
	 */
	private static Pattern idPattern(List<String> ids) {
		Set<String> prefixes = new TreeSet<>();
		ids.forEach((id) -> prefixes.add(id.substring(0, id.indexOf('-'))));
		return Pattern.compile("(?<![A-Za-z0-9])(" + String.join("|", prefixes) + ")[-_](\\d+)(?![0-9])");
	}

	/** Per rule, the generated lines under it: one per test class, in path order. */
	private static Map<String, List<String>> proofs(List<String> ids, List<TestClass> classes) {
		Map<String, List<String>> proofs = new TreeMap<>();
		for (String id : ids) {
			List<String> lines = new ArrayList<>();
			for (TestClass c : classes) {
				Integer tests = c.testsPerRule().get(id);
				if (tests != null) {
					String link = "../" + c.source().toString().replace('\\', '/');
					lines.add("    - [" + c.name() + "](" + link + "): " + tests + ((tests == 1) ? " test" : " tests"));
				}
			}
			proofs.put(id, lines);
		}
		return proofs;
	}

	/**
	 * The document with each rule's generated lines replaced: the rule texts stay as they
	 * are.
	 */
	static String withProofs(String doc, Map<String, List<String>> proofs) {
		List<String> out = new ArrayList<>();
		String[] lines = doc.split("\n", -1);
		int i = 0;
		while (i < lines.length) {
			Matcher rule = RULE_ITEM.matcher(lines[i]);
			out.add(lines[i++]);
			if (!rule.matches()) {
				continue;
			}
			while (i < lines.length && lines[i].startsWith("  ") && !lines[i].startsWith("  - ")) {
				out.add(lines[i++]);
			}
			i = afterGenerated(lines, i);
			out.addAll(block(proofs.get(rule.group(1) + "-" + rule.group(2))));
		}
		return String.join("\n", out);
	}

	/**
	 * Per rule, the generated lines the document has under it now (none: an empty list).
	 */
	private static Map<String, List<String>> generated(String doc) {
		Map<String, List<String>> found = new TreeMap<>();
		String[] lines = doc.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			Matcher rule = RULE_ITEM.matcher(lines[i]);
			if (rule.matches()) {
				int start = i + 1;
				while (start < lines.length && lines[start].startsWith("  ") && !lines[start].startsWith("  - ")) {
					start++;
				}
				found.put(rule.group(1) + "-" + rule.group(2),
						List.of(lines).subList(start, afterGenerated(lines, start)));
			}
		}
		return found;
	}

	/**
	 * Where the generated lines starting at {@code i} end ({@code i} itself when there
	 * are none).
	 */
	private static int afterGenerated(String[] lines, int i) {
		if (i < lines.length && (lines[i].startsWith(PROVED_BY) || lines[i].startsWith("  - Not proved yet"))) {
			i++;
			while (i < lines.length && lines[i].startsWith("    - ")) {
				i++;
			}
		}
		return i;
	}

	private static List<String> block(List<String> proof) {
		if (proof == null || proof.isEmpty()) {
			return List.of(NOT_PROVED);
		}
		List<String> block = new ArrayList<>();
		block.add(PROVED_BY);
		block.addAll(proof);
		return block;
	}

}
