package gov.irs.secureaccess.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which tests name which rule, read from the test sources the way RULES.md asks tests to
 * name rules: in the test's name, or in a {@code @DisplayName} or comment right above it
 * (the annotations and comments between the previous member and the method), or for every
 * test of a class in the class's name, annotations or Javadoc. A rule ID is written
 * {@code REG-4} in text and {@code REG_4} in a name. Only what stands above a method
 * counts: a rule ID in a method's body (an expected value, a string) does not.
 */
final class RuleProofs {

	/**
	 * The test modules whose test sources are read, relative to the repository's root.
	 */
	static final List<String> MODULES = List.of("portal", "server", "simulate");

	private static final Pattern TEST_ANNOTATION = Pattern
		.compile("^\\s*@(Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate|FuzzTest)\\b.*");

	private static final Pattern METHOD = Pattern.compile(
			"^\\s*(?:(?:public|protected|private|static|final|synchronized)\\s+)*[\\w<>\\[\\],.? ]+?\\s+(\\w+)\\s*\\(.*");

	private static final Pattern TYPE = Pattern
		.compile("^(?:(?:public|final|abstract|sealed|non-sealed)\\s+)*(?:class|record|interface|enum)\\s+\\w+.*");

	private static final Pattern CONTINUATION = Pattern.compile("\\s*\\n\\s*(?:\\*(?!/)\\s*|//\\s*)?");

	private static final Pattern RANGE = Pattern.compile(" to |\\.\\.|–| – ");

	private RuleProofs() {
	}

	/**
	 * One test class: where it is and, per rule ID, how many of its tests name that rule.
	 */
	record TestClass(String name, Path source, Map<String, Integer> testsPerRule) {
	}

	/**
	 * Reads every test source under {@code root}'s test modules.
	 * @param root the repository's root
	 * @param ruleId a pattern matching one rule ID, with its prefix in group 1 and its
	 * number in group 2
	 * @return the test classes that have at least one test, sorted by path
	 */
	static List<TestClass> scan(Path root, Pattern ruleId) {
		List<TestClass> classes = new ArrayList<>();
		for (String module : MODULES) {
			Path tests = root.resolve(module).resolve("src/test/java");
			if (!Files.isDirectory(tests)) {
				continue;
			}
			try (Stream<Path> files = Files.walk(tests)) {
				for (Path file : files.filter((f) -> f.toString().endsWith(".java")).sorted().toList()) {
					TestClass found = read(root, file, ruleId);
					if (found != null) {
						classes.add(found);
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return classes;
	}

	private static TestClass read(Path root, Path file, Pattern ruleId) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		int typeLine = -1;
		for (int i = 0; i < lines.size() && typeLine < 0; i++) {
			if (TYPE.matcher(lines.get(i)).matches()) {
				typeLine = i;
			}
		}
		if (typeLine < 0) {
			return null;
		}
		Set<String> classIds = ids(String.join("\n", header(lines, typeLine)), ruleId);
		Map<String, Integer> perRule = new TreeMap<>();
		int tests = 0;
		boolean inTextBlock = false;
		for (int i = typeLine + 1; i < lines.size(); i++) {
			if (textBlockDelimiters(lines.get(i)) % 2 == 1) {
				inTextBlock = !inTextBlock;
				continue;
			}
			if (inTextBlock || !TEST_ANNOTATION.matcher(lines.get(i)).matches()) {
				continue;
			}
			int method = i;
			while (method < lines.size() && !isDeclaration(lines.get(method))) {
				method++;
			}
			if (method == lines.size()) {
				break;
			}
			tests++;
			Set<String> testIds = new LinkedHashSet<>(classIds);
			testIds.addAll(ids(String.join("\n", above(lines, method)), ruleId));
			for (String id : testIds) {
				perRule.merge(id, 1, Integer::sum);
			}
			i = method;
		}
		if (tests == 0) {
			return null;
		}
		String name = file.getFileName().toString().replaceFirst("\\.java$", "");
		return new TestClass(name, root.relativize(file), perRule);
	}

	/**
	 * How many text-block delimiters (three double quotes) a line has: a test source in a
	 * text block is data.
	 */
	private static int textBlockDelimiters(String line) {
		int count = 0;
		for (int at = line.indexOf("\"\"\""); at >= 0; at = line.indexOf("\"\"\"", at + 3)) {
			count++;
		}
		return count;
	}

	private static boolean isDeclaration(String line) {
		String trimmed = line.trim();
		return !trimmed.startsWith("@") && !trimmed.startsWith("//") && !trimmed.startsWith("*")
				&& !trimmed.startsWith("/*") && METHOD.matcher(line).matches();
	}

	/**
	 * The class's Javadoc, annotations and declaration: the lines after the imports up to
	 * the type's name.
	 */
	private static List<String> header(List<String> lines, int typeLine) {
		int start = 0;
		for (int i = 0; i < typeLine; i++) {
			String trimmed = lines.get(i).trim();
			if (trimmed.startsWith("import ") || trimmed.startsWith("package ")) {
				start = i + 1;
			}
		}
		return lines.subList(start, typeLine + 1);
	}

	/**
	 * The method's declaration line and what stands right above it: annotations and
	 * comments back to a blank line or the end of the previous member.
	 */
	private static List<String> above(List<String> lines, int method) {
		int start = method;
		while (start > 0) {
			String previous = lines.get(start - 1).trim();
			boolean commentOrAnnotation = previous.startsWith("//") || previous.startsWith("/*")
					|| previous.startsWith("*") || previous.startsWith("@");
			if (previous.isEmpty() || (!commentOrAnnotation
					&& (previous.endsWith("}") || previous.endsWith(";") || previous.endsWith("{")))) {
				break;
			}
			start--;
		}
		return lines.subList(start, method + 1);
	}

	/**
	 * The rule IDs in a text; a range ("REG-1 to REG-8", "PW-1..PW-3") names every rule
	 * in it.
	 */
	private static Set<String> ids(String comment, Pattern ruleId) {
		// One line of prose, whatever the wrapping: "REG-1 to\n * REG-8" is a range.
		String text = CONTINUATION.matcher(comment).replaceAll(" ");
		Set<String> ids = new LinkedHashSet<>();
		Matcher matcher = ruleId.matcher(text);
		String previousPrefix = null;
		int previousNumber = 0;
		int previousEnd = -1;
		while (matcher.find()) {
			String prefix = matcher.group(1);
			int number = Integer.parseInt(matcher.group(2));
			String between = (previousEnd < 0) ? "" : text.substring(previousEnd, matcher.start());
			if (prefix.equals(previousPrefix) && RANGE.matcher(between).matches() && previousNumber < number) {
				for (int n = previousNumber + 1; n < number; n++) {
					ids.add(prefix + "-" + n);
				}
			}
			ids.add(prefix + "-" + number);
			previousPrefix = prefix;
			previousNumber = number;
			previousEnd = matcher.end();
		}
		return ids;
	}

}
