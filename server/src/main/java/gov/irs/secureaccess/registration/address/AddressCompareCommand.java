package gov.irs.secureaccess.registration.address;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import gov.irs.secureaccess.registration.address.LabelledPairs.MalformedPairsException;
import gov.irs.secureaccess.registration.address.LabelledPairs.Pair;

/**
 * {@code java -jar secure-access.jar --secure-access.address.compare=pairs.csv}: measures
 * the address matcher (REG-3) on any labelled corpus ({@link LabelledPairs}) and exits,
 * without starting the service or its database. Prints one CSV line per pair
 * ({@code id,expected,actual,reason}), then the false rejects and false accepts by
 * category and for all pairs, the United States (Puerto Rico and military addresses
 * included) and abroad. Exit status 0 when the corpus was measured, 2 when the file
 * cannot be read or is not a labelled corpus (the message says which line).
 */
public final class AddressCompareCommand {

	public static final String OPTION = "--secure-access.address.compare=";

	private AddressCompareCommand() {
	}

	/**
	 * The file the command line names for the comparison, or null when the command line
	 * asks for none.
	 */
	public static String fileArgument(String[] args) {
		for (String arg : args) {
			if (arg.startsWith(OPTION)) {
				return arg.substring(OPTION.length());
			}
		}
		return null;
	}

	public static int run(String file, PrintStream out, PrintStream err) {
		if (file.isBlank()) {
			err.println(
					"secure-access.address.compare: name the CSV file of labelled pairs, e.g. " + OPTION + "pairs.csv");
			return 2;
		}
		List<Pair> pairs;
		try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
			pairs = LabelledPairs.read(in);
		}
		catch (NoSuchFileException ex) {
			err.println("secure-access.address.compare: no such file: " + file);
			return 2;
		}
		catch (CharacterCodingException ex) {
			err.println("secure-access.address.compare: " + file + " is not UTF-8 text");
			return 2;
		}
		catch (IOException ex) {
			err.println("secure-access.address.compare: cannot read " + file + ": " + ex.getMessage());
			return 2;
		}
		catch (MalformedPairsException ex) {
			err.println("secure-access.address.compare: " + file + " is not a labelled corpus: " + ex.getMessage());
			return 2;
		}
		out.println("id,expected,actual,reason");
		Map<String, Tally> byCategory = new TreeMap<>();
		Tally all = new Tally();
		Tally us = new Tally();
		Tally abroad = new Tally();
		for (Pair pair : pairs) {
			AddressComparison result = AddressMatcher.compare(pair.entered(), pair.record());
			out.println(csv(pair.id()) + "," + label(pair.match()) + "," + label(result.matches()) + ","
					+ result.reason().map(Enum::name).orElse(""));
			for (Tally tally : List.of(all, pair.abroad() ? abroad : us,
					byCategory.computeIfAbsent(pair.category(), (c) -> new Tally()))) {
				tally.add(pair.match(), result.matches());
			}
		}
		out.println();
		out.println("False rejects (honest entries refused) and false accepts (other places accepted), by category:");
		out.printf(Locale.ROOT, "%-40s %6s %6s %8s %6s %8s%n", "category", "pairs", "match", "rejected", "near",
				"accepted");
		byCategory.forEach((category, tally) -> out.printf(Locale.ROOT, "%-40s %6d %6d %8d %6d %8d%n", category,
				tally.pairs(), tally.matches, tally.falseRejects, tally.mismatches, tally.falseAccepts));
		out.println();
		out.printf(Locale.ROOT, "%-8s %6s %16s %16s%n", "", "pairs", "false rejects", "false accepts");
		for (Map.Entry<String, Tally> row : Map.of("all", all, "US", us, "abroad", abroad)
			.entrySet()
			.stream()
			.sorted(Map.Entry
				.comparingByKey(Comparator.comparing((String k) -> List.of("all", "US", "abroad").indexOf(k))))
			.toList()) {
			Tally t = row.getValue();
			out.printf(Locale.ROOT, "%-8s %6d %6d of %-4d %5.2f%% %4d of %-4d %5.2f%%%n", row.getKey(), t.pairs(),
					t.falseRejects, t.matches, percent(t.falseRejects, t.matches), t.falseAccepts, t.mismatches,
					percent(t.falseAccepts, t.mismatches));
		}
		return 0;
	}

	private static double percent(int part, int whole) {
		return (whole == 0) ? 0 : 100.0 * part / whole;
	}

	private static String label(boolean match) {
		return match ? "match" : "mismatch";
	}

	private static String csv(String cell) {
		Predicate<String> needsQuotes = (c) -> c.contains(",") || c.contains("\"") || c.contains("\n");
		return needsQuotes.test(cell) ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
	}

	private static final class Tally {

		int matches;

		int mismatches;

		int falseRejects;

		int falseAccepts;

		void add(boolean expected, boolean actual) {
			if (expected) {
				this.matches++;
				this.falseRejects += actual ? 0 : 1;
			}
			else {
				this.mismatches++;
				this.falseAccepts += actual ? 1 : 0;
			}
		}

		int pairs() {
			return this.matches + this.mismatches;
		}

	}

}
