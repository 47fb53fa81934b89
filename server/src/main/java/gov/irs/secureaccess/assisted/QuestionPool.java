package gov.irs.secureaccess.assisted;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

import gov.irs.secureaccess.platform.crypto.KeyedHash;
import gov.irs.secureaccess.sources.taxrecords.FilingStatus;
import gov.irs.secureaccess.sources.taxrecords.InformationDocument;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;

/**
 * AST-2: every question the tax record can answer, about the current and prior year
 * returns and the information documents: the adjusted gross income of each of the two
 * years, the filing status, the balance due, the ZIP code of the address of record (US
 * addresses), and for each information document its amount (the payer is named) and its
 * payer (chosen among four). {@link #draw} picks a fresh set of {@value #SET_SIZE} each
 * time: always one income question and, when there are documents, one document question,
 * the rest at random, in random order.
 */
public final class QuestionPool {

	public static final int SET_SIZE = 4;

	/** Payers offered beside the right one; never one of the person's own. */
	static final List<String> DECOY_PAYERS = List.of("Costco Wholesale Corporation", "Delta Air Lines Inc.",
			"Johnson Controls Inc.", "City of Phoenix", "Marriott International Inc.", "Intel Corporation",
			"Cleveland Clinic Foundation", "Pacific Gas and Electric Company", "USAA Federal Savings Bank",
			"T. Rowe Price Associates Inc.", "Grubhub Holdings Inc.", "Fairfax County Public Schools",
			"Northwestern Mutual Life Insurance Co.", "Greenway Landscaping LLC");

	/** The keyed-hash purpose of the payer choices' order. */
	private static final String CHOICE_ORDER = "desk-payer-choices";

	private final Map<String, DeskQuestion> questions;

	private QuestionPool(Map<String, DeskQuestion> questions) {
		this.questions = questions;
	}

	/**
	 * The desk's questions for this record.
	 * @param keys orders each payer question's choices under the service's secret lookup
	 * key: an order derived from the SSN alone could be recomputed by a caller who knows
	 * the SSN and this code, and would tell the right payer
	 */
	public static QuestionPool of(TaxRecord record, KeyedHash keys) {
		Map<String, DeskQuestion> pool = new LinkedHashMap<>();
		int year = record.returnYear();
		add(pool, new DeskQuestion("agi.current", "assist.q.agi", List.of(year), DeskQuestion.Kind.AMOUNT, List.of(),
				false, record.agiCurrentYear().toPlainString()));
		add(pool, new DeskQuestion("agi.prior", "assist.q.agi", List.of(year - 1), DeskQuestion.Kind.AMOUNT, List.of(),
				false, record.agiPriorYear().toPlainString()));
		add(pool, new DeskQuestion("filing-status", "assist.q.filingStatus", List.of(year), DeskQuestion.Kind.CHOICE,
				Arrays.stream(FilingStatus.values()).map(Enum::name).toList(), true, record.filingStatus().name()));
		add(pool, new DeskQuestion("balance", "assist.q.balance", List.of(), DeskQuestion.Kind.AMOUNT, List.of(), false,
				record.balanceDue().toPlainString()));
		if (!record.address().isAbroad()) {
			add(pool, new DeskQuestion("zip", "assist.q.zip", List.of(year), DeskQuestion.Kind.ZIP, List.of(), false,
					record.address().postalCode().substring(0, 5)));
		}
		Set<String> ownPayers = record.documents()
			.stream()
			.map(InformationDocument::payerName)
			.collect(Collectors.toSet());
		List<String> decoys = DECOY_PAYERS.stream().filter((payer) -> !ownPayers.contains(payer)).toList();
		for (int i = 0; i < record.documents().size(); i++) {
			InformationDocument document = record.documents().get(i);
			add(pool,
					new DeskQuestion("doc.amount." + i, "assist.q.docAmount",
							List.of(document.taxYear(), document.formType().label(), document.payerName()),
							DeskQuestion.Kind.AMOUNT, List.of(), false, document.amount().toPlainString()));
			add(pool,
					new DeskQuestion("doc.payer." + i, "assist.q.docPayer",
							List.of(document.taxYear(), document.formType().label()), DeskQuestion.Kind.CHOICE,
							payerChoices(keys, record, i, document.payerName(), decoys), false, document.payerName()));
		}
		return new QuestionPool(Collections.unmodifiableMap(pool));
	}

	public List<DeskQuestion> all() {
		return List.copyOf(this.questions.values());
	}

	public Optional<DeskQuestion> find(String key) {
		return Optional.ofNullable(this.questions.get(key));
	}

	/**
	 * A fresh set of question keys: one income question, one document question if any,
	 * the rest at random.
	 */
	public List<String> draw(RandomGenerator random) {
		List<String> set = new ArrayList<>();
		set.add(random.nextBoolean() ? "agi.current" : "agi.prior");
		List<String> documents = this.questions.keySet().stream().filter((key) -> key.startsWith("doc.")).toList();
		if (!documents.isEmpty()) {
			set.add(documents.get(random.nextInt(documents.size())));
		}
		List<String> rest = new ArrayList<>(this.questions.keySet());
		rest.removeAll(set);
		while (set.size() < SET_SIZE && !rest.isEmpty()) {
			String next = rest.remove(random.nextInt(rest.size()));
			// Never two questions on one payer's documents (an amount question names the
			// payer another asks about).
			if (next.startsWith("doc.") && set.stream().anyMatch((key) -> samePayer(key, next))) {
				continue;
			}
			set.add(next);
		}
		shuffle(set, random);
		return List.copyOf(set);
	}

	private boolean samePayer(String a, String b) {
		return a.startsWith("doc.") && b.startsWith("doc.") && payerOf(a).equals(payerOf(b));
	}

	private String payerOf(String key) {
		DeskQuestion question = this.questions.get(key);
		return key.startsWith("doc.payer.") ? question.expected() : (String) question.arguments().get(2);
	}

	private static void shuffle(List<String> list, RandomGenerator random) {
		for (int i = list.size() - 1; i > 0; i--) {
			Collections.swap(list, i, random.nextInt(i + 1));
		}
	}

	/**
	 * The right payer and three decoys, the same for one person and document every time
	 * (offering other decoys on a later try would give the answer away as the one that
	 * stays).
	 */
	private static List<String> payerChoices(KeyedHash keys, TaxRecord record, int index, String payer,
			List<String> decoys) {
		// Not for secrecy of its own: the seed is a keyed hash, the same for one person
		// and document every time.
		Random seeded = new Random(seed(keys, record.ssn().formatted() + "|" + index));
		List<String> pool = new ArrayList<>(decoys);
		List<String> choices = new ArrayList<>();
		while (choices.size() < 3 && !pool.isEmpty()) {
			choices.add(pool.remove(seeded.nextInt(pool.size())));
		}
		choices.add(seeded.nextInt(choices.size() + 1), payer);
		return choices;
	}

	private static long seed(KeyedHash keys, String text) {
		return Long.parseUnsignedLong(keys.of(CHOICE_ORDER, text).substring(0, 16), 16);
	}

	private static void add(Map<String, DeskQuestion> pool, DeskQuestion question) {
		pool.put(question.key(), question);
	}

}
