package gov.irs.secureaccess.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repository stands on its own (issue 15): every relative link in its Markdown
 * (README, SECURITY.md, docs/, the simulation's results, the notes beside code) points to
 * a file inside the repository that exists, and a link to a heading
 * ({@code page.md#heading}, {@code #heading}) to a heading that exists, with GitHub's
 * anchors; and a test class a page names exists.
 */
class DocLinksTest {

	private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");

	/**
	 * A test class's name as the docs write it ({@code OutboxTest}); not Maven's
	 * {@code -DskipTests}.
	 */
	private static final Pattern TEST_CLASS = Pattern.compile("(?<![\\w-])([A-Z][A-Za-z0-9]*Test)\\b");

	private static final Set<String> SKIPPED = Set.of("target", "node_modules", "data");

	private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");

	@Test
	void whenADocLinksToAFileOrAHeading_thenItIsInTheRepositoryAndExists() throws IOException {
		List<String> broken = new ArrayList<>();
		List<Path> pages = markdownFiles();
		assertThat(pages).as("the Markdown pages").contains(ROOT.resolve("README.md"), ROOT.resolve("docs/rules.md"));
		for (Path page : pages) {
			for (String target : links(page)) {
				String problem = problem(page, target);
				if (problem != null) {
					broken.add(ROOT.relativize(page) + ": (" + target + ") " + problem);
				}
			}
		}
		for (Path page : pages) {
			if (Files.readString(page, StandardCharsets.UTF_8).contains("../shared/")) {
				broken.add(ROOT.relativize(page) + ": names ../shared/, outside the repository");
			}
		}
		assertThat(broken).as("links that leave the repository or lead nowhere").isEmpty();
	}

	@Test
	void whenADocNamesATestClass_thenItExists() throws IOException {
		Set<String> tests = new TreeSet<>();
		for (String module : RuleProofs.MODULES) {
			Path sources = ROOT.resolve(module).resolve("src/test/java");
			try (Stream<Path> files = Files.walk(sources)) {
				files.map((f) -> f.getFileName().toString())
					.filter((name) -> name.endsWith(".java"))
					.forEach((name) -> tests.add(name.substring(0, name.length() - ".java".length())));
			}
		}
		List<String> missing = new ArrayList<>();
		for (Path page : markdownFiles()) {
			Matcher named = TEST_CLASS.matcher(Files.readString(page, StandardCharsets.UTF_8));
			while (named.find()) {
				if (!tests.contains(named.group(1)) && !named.group(1).equals("FuzzTest")) {
					missing.add(ROOT.relativize(page) + ": " + named.group(1));
				}
			}
		}
		assertThat(missing).as("test classes the docs name that do not exist").isEmpty();
	}

	@Test
	void whenHeadingsAreTurnedIntoAnchors_thenTheyAreGitHubs() {
		assertThat(anchors(
				List.of("## Levels, acr and acr_values (FED-4)", "## Try registration", "## Try registration", "```",
						"# not a heading", "```", "### Where the caller's answers are: testers, the simulation")))
			.containsExactlyInAnyOrder("levels-acr-and-acr_values-fed-4", "try-registration", "try-registration-1",
					"where-the-callers-answers-are-testers-the-simulation");
	}

	private static String problem(Path page, String target) throws IOException {
		if (target.matches("^[a-zA-Z][a-zA-Z+.-]*:.*")) {
			return null;
		}
		int hash = target.indexOf('#');
		String file = (hash < 0) ? target : target.substring(0, hash);
		String anchor = (hash < 0) ? null : target.substring(hash + 1);
		Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
		if (!resolved.startsWith(ROOT)) {
			return "is outside the repository";
		}
		if (!Files.exists(resolved)) {
			return "does not exist";
		}
		if (anchor != null && resolved.toString().endsWith(".md")
				&& !anchors(Files.readAllLines(resolved, StandardCharsets.UTF_8)).contains(anchor)) {
			return "names no heading of " + ROOT.relativize(resolved);
		}
		return null;
	}

	/**
	 * Every Markdown file of the repository, leaving out build output, installed packages
	 * and the data folder.
	 */
	private static List<Path> markdownFiles() throws IOException {
		List<Path> pages = new ArrayList<>();
		Files.walkFileTree(ROOT, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
				String name = (dir.getFileName() != null) ? dir.getFileName().toString() : "";
				boolean skipped = !dir.equals(ROOT) && (name.startsWith(".") || SKIPPED.contains(name));
				return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
				if (file.toString().endsWith(".md")) {
					pages.add(file);
				}
				return FileVisitResult.CONTINUE;
			}

		});
		pages.sort(null);
		return pages;
	}

	/** The link targets of a page, outside fenced code blocks and inline code. */
	private static List<String> links(Path page) throws IOException {
		List<String> targets = new ArrayList<>();
		boolean fenced = false;
		for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
			if (line.trim().startsWith("```")) {
				fenced = !fenced;
				continue;
			}
			if (fenced) {
				continue;
			}
			Matcher matcher = LINK.matcher(line.replaceAll("`[^`]*`", "``"));
			while (matcher.find()) {
				targets.add(matcher.group(1));
			}
		}
		return targets;
	}

	/**
	 * GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens,
	 * repeats numbered.
	 */
	static Set<String> anchors(List<String> lines) {
		Set<String> anchors = new TreeSet<>();
		Map<String, Integer> seen = new HashMap<>();
		boolean fenced = false;
		for (String line : lines) {
			if (line.trim().startsWith("```")) {
				fenced = !fenced;
				continue;
			}
			Matcher heading = HEADING.matcher(line);
			if (fenced || !heading.matches()) {
				continue;
			}
			String text = heading.group(1).replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replace("`", "");
			String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
			int repeats = seen.merge(slug, 1, Integer::sum) - 1;
			anchors.add((repeats == 0) ? slug : slug + "-" + repeats);
		}
		return anchors;
	}

}
