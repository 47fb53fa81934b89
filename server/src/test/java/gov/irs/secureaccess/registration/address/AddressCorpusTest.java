package gov.irs.secureaccess.registration.address;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import gov.irs.secureaccess.registration.address.LabelledPairs.Pair;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * REG-3: quality measured on the labelled corpus (address-corpus.csv, format and policies
 * in address-corpus.md) and on the held-out pairs. Prints the false-reject and
 * false-accept rates, all, in the United States and abroad, and every misclassified pair;
 * fails on any false accept, or on 2% false rejects or more (3% abroad).
 */
class AddressCorpusTest {

	private static final double MAX_FALSE_REJECTS = 0.02;

	private static final double MAX_FALSE_REJECTS_ABROAD = 0.03;

	/**
	 * The kinds of case issue 12 names (US, abroad, and the IRS record quirks of seed
	 * 001).
	 */
	private static final List<String> ISSUE_12_KINDS = List.of("us-rural-route", "us-highway-contract", "us-po-box",
			"us-highway", "us-hyphen-number", "us-fraction", "us-puerto-rico", "us-name-spacing", "us-grid",
			"us-unit-forms", "us-bare-unit", "us-pmb", "us-number-words", "us-okina", "ca-unit-dash", "au-unit-slash",
			"gb-tenement", "il-number-flat", "region-added", "mx-region-code", "postal-prefix", "jp-block",
			"mx-number-interior", "es-calle", "br-avenida", "fr-bis", "in-locality", "irs-record-all-in-line1",
			"irs-record-city-in-line2", "irs-record-colonia-postal", "irs-record-province-in-city");

	static List<Pair> load(String resource) {
		try (Reader in = new InputStreamReader(AddressCorpusTest.class.getResourceAsStream(resource),
				StandardCharsets.UTF_8)) {
			return LabelledPairs.read(in);
		}
		catch (IOException | LabelledPairs.MalformedPairsException ex) {
			throw new IllegalStateException(resource + ": " + ex.getMessage(), ex);
		}
	}

	@Test
	void REG_3_whenTheLabelledCorpusIsCompared_thenNoFalseAcceptAndFalseRejectsUnder2PercentAndUnder3PercentAbroad() {
		measure(load("/address-corpus.csv"), "corpus");
	}

	@Test
	void REG_3_whenTheHeldOutPairsAreCompared_thenNoFalseAcceptAndFalseRejectsUnder2PercentAndUnder3PercentAbroad() {
		measure(load("/address-corpus-heldout.csv"), "held-out pairs");
	}

	@Test
	void REG_3_whenTheCorpusIsRead_thenItHas1500PairsHalfOfThemNearMissesInEveryKindAndManyCountries() {
		List<Pair> pairs = load("/address-corpus.csv");
		long mismatches = pairs.stream().filter((pair) -> !pair.match()).count();

		assertThat(pairs).hasSizeGreaterThanOrEqualTo(1500);
		assertThat((double) mismatches / pairs.size()).isBetween(0.45, 0.55);
		assertThat(pairs.stream().map((pair) -> pair.record().country()).distinct().count()).isGreaterThanOrEqualTo(35);
		assertThat(pairs).extracting(Pair::category).containsAll(ISSUE_12_KINDS);
	}

	// Every kind issue 12 names, both ways: honest variants accepted and near misses
	// refused, each kind on its own.
	@Test
	void REG_3_whenEachKindIssue12NamesIsCompared_thenItsHonestPairsMatchAndEveryNearMissIsRefused() {
		List<Pair> pairs = load("/address-corpus.csv");
		for (String kind : ISSUE_12_KINDS) {
			List<Pair> ofKind = pairs.stream().filter((p) -> p.category().equals(kind)).toList();
			assertThat(ofKind).extracting(Pair::match).as(kind).contains(true, false);
			Tally tally = tally(ofKind, (pair) -> true);
			assertThat(tally.falseAccepts).as(kind + " false accepts").isEmpty();
			assertThat(tally.falseRejectRate()).as(kind + " false rejects " + tally.falseRejects).isLessThan(0.05);
		}
	}

	private static void measure(List<Pair> pairs, String name) {
		Tally all = tally(pairs, (pair) -> true);
		Tally us = tally(pairs, (pair) -> !pair.abroad());
		Tally abroad = tally(pairs, Pair::abroad);
		System.out.printf(Locale.ROOT, "REG-3 %s: %d pairs%n", name, pairs.size());
		for (String[] row : new String[][] { { "all", "" }, { "US", "" }, { "abroad", "" } }) {
			Tally t = row[0].equals("all") ? all : row[0].equals("US") ? us : abroad;
			System.out.printf(Locale.ROOT, "  %-7s false rejects %d of %d (%.2f%%), false accepts %d of %d (%.2f%%)%n",
					row[0], t.falseRejects.size(), t.matches, t.falseRejectRate() * 100, t.falseAccepts.size(),
					t.mismatches, t.falseAcceptRate() * 100);
		}
		all.falseRejects.forEach((line) -> System.out.println("    FR " + line));
		all.falseAccepts.forEach((line) -> System.out.println("    FA " + line));

		assertThat(all.falseAccepts).as("false accepts").isEmpty();
		assertThat(all.falseRejectRate()).as("false reject rate; %s", all.falseRejects).isLessThan(MAX_FALSE_REJECTS);
		assertThat(abroad.falseRejectRate()).as("false reject rate abroad").isLessThan(MAX_FALSE_REJECTS_ABROAD);
	}

	private static Tally tally(List<Pair> pairs, Predicate<Pair> which) {
		Tally tally = new Tally();
		for (Pair pair : pairs) {
			if (!which.test(pair)) {
				continue;
			}
			AddressComparison result = AddressMatcher.compare(pair.entered(), pair.record());
			if (pair.match()) {
				tally.matches++;
				if (!result.matches()) {
					tally.falseRejects.add(pair.id() + " [" + pair.category() + "] " + result.reason().orElseThrow());
				}
			}
			else {
				tally.mismatches++;
				if (result.matches()) {
					tally.falseAccepts.add(pair.id() + " [" + pair.category() + "]");
				}
			}
		}
		return tally;
	}

	private static final class Tally {

		int matches;

		int mismatches;

		final List<String> falseRejects = new ArrayList<>();

		final List<String> falseAccepts = new ArrayList<>();

		double falseRejectRate() {
			return (this.matches == 0) ? 0 : (double) this.falseRejects.size() / this.matches;
		}

		double falseAcceptRate() {
			return (this.mismatches == 0) ? 0 : (double) this.falseAccepts.size() / this.mismatches;
		}

	}

}
