package gov.irs.secureaccess.signin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SIGN-4: decoy site phrases drawn from the shapes people give theirs (a word, a name and
 * a number, a pet, a team, a place and a year, a short sentence, some Spanish; any case;
 * sometimes an exclamation mark), read from {@code signin/decoy-phrases.txt}. One fixed
 * template would mark every decoy, and so every free-form phrase as a real account.
 */
final class DecoyPhrases {

	private static final Pattern SHAPE = Pattern.compile("=(\\d*)\\s+(.+)");

	private static final Pattern SLOT = Pattern.compile("\\{([a-z_]+)}");

	private final List<String> shapes;

	private final Map<String, List<String>> slots;

	private DecoyPhrases(List<String> shapes, Map<String, List<String>> slots) {
		this.shapes = List.copyOf(shapes);
		this.slots = Map.copyOf(slots);
		for (String shape : shapes) {
			Matcher slot = SLOT.matcher(shape);
			while (slot.find()) {
				if (!slots.containsKey(slot.group(1))) {
					throw new IllegalStateException(
							"decoy shape '" + shape + "' has no words for {" + slot.group(1) + "}");
				}
			}
		}
	}

	static DecoyPhrases fromClasspath() {
		try (InputStream in = DecoyPhrases.class.getResourceAsStream("/signin/decoy-phrases.txt")) {
			if (in == null) {
				throw new IllegalStateException("signin/decoy-phrases.txt is missing");
			}
			return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Shapes are {@code =N ...} lines (drawn N times as often as a shape of weight 1),
	 * words {@code slot: a | b} lines (a trailing backslash continues one).
	 */
	static DecoyPhrases parse(List<String> lines) {
		List<String> shapes = new ArrayList<>();
		Map<String, List<String>> slots = new HashMap<>();
		StringBuilder pending = new StringBuilder();
		for (String raw : lines) {
			String line = raw.strip();
			if (line.endsWith("\\")) {
				pending.append(line, 0, line.length() - 1).append(' ');
				continue;
			}
			line = pending.append(line).toString().strip();
			pending.setLength(0);
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			Matcher shape = SHAPE.matcher(line);
			if (shape.matches()) {
				int weight = shape.group(1).isEmpty() ? 1 : Integer.parseInt(shape.group(1));
				for (int i = 0; i < weight; i++) {
					shapes.add(shape.group(2));
				}
				continue;
			}
			int colon = line.indexOf(':');
			List<String> words = new ArrayList<>();
			for (String word : line.substring(colon + 1).split("\\|")) {
				words.add(word.strip());
			}
			slots.put(line.substring(0, colon).strip(), words);
		}
		return new DecoyPhrases(shapes, slots);
	}

	/** A phrase, the same for the same seed. */
	String phrase(long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		String shape = this.shapes.get(random.nextInt(this.shapes.size()));
		Matcher slot = SLOT.matcher(shape);
		StringBuilder phrase = new StringBuilder();
		while (slot.find()) {
			List<String> words = this.slots.get(slot.group(1));
			slot.appendReplacement(phrase, Matcher.quoteReplacement(words.get(random.nextInt(words.size()))));
		}
		slot.appendTail(phrase);
		return written(phrase.toString(), random);
	}

	/**
	 * How people type it: a capital first letter, Title Case or all lower case; rarely
	 * capitals or a "!".
	 */
	private static String written(String phrase, SplittableRandom random) {
		int casing = random.nextInt(100);
		String text;
		if (casing < 52) {
			text = Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
		}
		else if (casing < 75) {
			text = phrase.toLowerCase(Locale.ROOT);
		}
		else if (casing < 98) {
			text = titleCase(phrase);
		}
		else {
			text = phrase.toUpperCase(Locale.ROOT);
		}
		if (text.endsWith("!")) {
			return text;
		}
		int ending = random.nextInt(100);
		return (ending < 2) ? text + "!" : (ending < 3) ? text + "." : text;
	}

	private static String titleCase(String phrase) {
		StringBuilder title = new StringBuilder(phrase.length());
		boolean start = true;
		for (char c : phrase.toCharArray()) {
			title.append(start ? Character.toUpperCase(c) : c);
			start = (c == ' ');
		}
		return title.toString();
	}

}
