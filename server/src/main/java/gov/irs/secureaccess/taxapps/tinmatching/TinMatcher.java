package gov.irs.secureaccess.taxapps.tinmatching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import gov.irs.secureaccess.sources.PersonName;
import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.sources.taxrecords.TaxRecords;

import org.springframework.stereotype.Service;

/**
 * TIN Matching (FED-1, e-Services): gives each name/TIN pair its {@link MatchIndicator}.
 * Individuals' TINs are looked up in the tax records, businesses' in the
 * {@link EmployerDirectory} ({@link SyntheticEmployers}); names are compared by
 * {@link NameControl}. The checks, in order: TIN missing or not nine digits (1); TIN type
 * not 1, 2 or 3, or name missing, longer than {@value #MAX_NAME} characters or with
 * characters a name does not have (4); the same pair earlier in the batch (5); then the
 * look-up (0, 2, 3, or 6, 7, 8 for TIN type 3). Many pairs are looked up in a few
 * queries. Nothing here logs a TIN or a name.
 */
@Service
public class TinMatcher {

	/** The longest name a request may carry, as in the IRS's TIN Matching. */
	public static final int MAX_NAME = 40;

	private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}|\\d{3}-\\d{2}-\\d{4}|\\d{2}-\\d{7}");

	private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}0-9 &'.,-]+");

	private final TaxRecords taxRecords;

	private final EmployerDirectory employers;

	TinMatcher(TaxRecords taxRecords, EmployerDirectory employers) {
		this.taxRecords = Objects.requireNonNull(taxRecords, "taxRecords");
		this.employers = Objects.requireNonNull(employers, "employers");
	}

	/** One indicator per pair, in order; duplicates are found within {@code pairs}. */
	public List<MatchIndicator> match(List<TinPair> pairs) {
		List<MatchIndicator> results = new ArrayList<>(pairs.size());
		List<Ssn> ssnsToFind = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		List<Integer> pending = new ArrayList<>();
		for (int i = 0; i < pairs.size(); i++) {
			TinPair pair = pairs.get(i);
			MatchIndicator early = precheck(pair, seen);
			results.add(early);
			if (early == null) {
				pending.add(i);
				TinType type = TinType.of(pair.tinType()).orElseThrow();
				if (type != TinType.EIN) {
					ssnOf(digits(pair.tin())).ifPresent(ssnsToFind::add);
				}
			}
		}
		Map<Ssn, PersonName> names = ssnsToFind.isEmpty() ? Map.of() : this.taxRecords.namesBySsn(ssnsToFind);
		for (int i : pending) {
			results.set(i, lookUp(pairs.get(i), names));
		}
		return results;
	}

	private static MatchIndicator precheck(TinPair pair, Set<String> seen) {
		if (pair.tin() == null || pair.tin().isBlank() || !NINE_DIGITS.matcher(pair.tin().strip()).matches()) {
			return MatchIndicator.TIN_MISSING;
		}
		String name = (pair.name() != null) ? pair.name().strip() : "";
		if (TinType.of(pair.tinType()).isEmpty() || name.isEmpty() || name.length() > MAX_NAME
				|| !NAME.matcher(name).matches() || !name.codePoints().anyMatch(Character::isLetterOrDigit)) {
			return MatchIndicator.INVALID_REQUEST;
		}
		String key = pair.tinType() + "|" + digits(pair.tin()) + "|"
				+ NameControl.fold(name).replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
		if (!seen.add(key)) {
			return MatchIndicator.DUPLICATE;
		}
		return null;
	}

	private MatchIndicator lookUp(TinPair pair, Map<Ssn, PersonName> names) {
		String digits = digits(pair.tin());
		String name = pair.name().strip();
		TinType type = TinType.of(pair.tinType()).orElseThrow();
		Outcome asSsn = (type == TinType.EIN) ? Outcome.NOT_ISSUED : asSsn(digits, name, names);
		Outcome asEin = (type == TinType.SSN) ? Outcome.NOT_ISSUED : asEin(digits, name);
		if (type == TinType.SSN) {
			return asSsn.indicator();
		}
		if (type == TinType.EIN) {
			return asEin.indicator();
		}
		if (asSsn == Outcome.MATCH && asEin == Outcome.MATCH) {
			return MatchIndicator.MATCHED_BOTH;
		}
		if (asSsn == Outcome.MATCH) {
			return MatchIndicator.MATCHED_SSN;
		}
		if (asEin == Outcome.MATCH) {
			return MatchIndicator.MATCHED_EIN;
		}
		return (asSsn == Outcome.NO_MATCH || asEin == Outcome.NO_MATCH) ? MatchIndicator.NO_MATCH
				: MatchIndicator.NOT_ISSUED;
	}

	private static Outcome asSsn(String digits, String name, Map<Ssn, PersonName> names) {
		Optional<PersonName> onFile = ssnOf(digits).map(names::get);
		if (onFile.isEmpty()) {
			return Outcome.NOT_ISSUED;
		}
		String expected = NameControl.individual(onFile.get().last());
		return NameControl.individualCandidates(name).contains(expected) ? Outcome.MATCH : Outcome.NO_MATCH;
	}

	private Outcome asEin(String digits, String name) {
		Optional<Employer> employer = this.employers.byEin(digits);
		if (employer.isEmpty()) {
			return Outcome.NOT_ISSUED;
		}
		return NameControl.business(employer.get().name()).equals(NameControl.business(name)) ? Outcome.MATCH
				: Outcome.NO_MATCH;
	}

	/**
	 * Only never-issued synthetic SSNs can be on file; any other number is not issued
	 * here.
	 */
	private static Optional<Ssn> ssnOf(String digits) {
		try {
			return Optional.of(Ssn.parse(digits));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static String digits(String tin) {
		return tin.strip().replace("-", "");
	}

	private enum Outcome {

		MATCH(MatchIndicator.MATCH), NO_MATCH(MatchIndicator.NO_MATCH), NOT_ISSUED(MatchIndicator.NOT_ISSUED);

		private final MatchIndicator indicator;

		Outcome(MatchIndicator indicator) {
			this.indicator = indicator;
		}

		MatchIndicator indicator() {
			return this.indicator;
		}

	}

}
