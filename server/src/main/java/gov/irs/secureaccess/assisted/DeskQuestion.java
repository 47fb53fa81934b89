package gov.irs.secureaccess.assisted;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One question an assistor may ask a caller (AST-2), made from the caller's tax record,
 * with the answer the record gives. What the assistor sees is the message key and its
 * arguments (a year, a form, a payer), and for a choice the choices; the expected answer
 * never reaches the page.
 *
 * @param key what the question is about, stable for one tax record (kept in the session
 * between showing and checking; never PII): e.g. {@code agi.current},
 * {@code doc.amount.2}, {@code doc.payer.2}
 * @param messageKey the question's text in the {@code assist} bundle
 * @param arguments the text's arguments
 * @param kind how the answer is typed and compared
 * @param choices the options of a {@link Kind#CHOICE} question (values shown as they are,
 * or message keys when {@code choiceKeys}), empty otherwise
 * @param choiceKeys whether the choices are message keys
 * @param expected the right answer: an amount in dollars, a ZIP code, or the right choice
 */
public record DeskQuestion(String key, String messageKey, List<Object> arguments, Kind kind, List<String> choices,
		boolean choiceKeys, String expected) {

	/**
	 * The tolerance on amounts: within one dollar, so whole-dollar rounding either way is
	 * right.
	 */
	public static final BigDecimal TOLERANCE = BigDecimal.ONE;

	public enum Kind {

		/**
		 * Dollars, typed freely: {@code 52,310}, {@code $52310.40}; right within
		 * {@link #TOLERANCE}.
		 */
		AMOUNT,

		/** A five-digit ZIP code (a ZIP+4 is compared on its first five digits). */
		ZIP,

		/** One of {@link DeskQuestion#choices}. */
		CHOICE

	}

	/** How a typed answer compares. */
	public enum Check {

		RIGHT, WRONG,

		/**
		 * Not an answer of this kind (letters in an amount): the assistor should correct
		 * it; nothing is counted.
		 */
		UNREADABLE

	}

	public DeskQuestion {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(messageKey, "messageKey");
		arguments = List.copyOf(arguments);
		choices = List.copyOf(choices);
		Objects.requireNonNull(expected, "expected");
	}

	/** Compares what the caller answered; a blank answer ("I don't know") is wrong. */
	public Check check(String typed) {
		String answer = (typed != null) ? typed.strip() : "";
		if (answer.isEmpty()) {
			return Check.WRONG;
		}
		switch (this.kind) {
			case AMOUNT:
				return checkAmount(answer);
			case ZIP:
				return checkZip(answer);
			default:
				if (!this.choices.contains(answer)) {
					return Check.UNREADABLE;
				}
				return answer.equals(this.expected) ? Check.RIGHT : Check.WRONG;
		}
	}

	private Check checkAmount(String answer) {
		Optional<BigDecimal> amount = amount(answer);
		if (amount.isEmpty()) {
			return Check.UNREADABLE;
		}
		return (amount.get().subtract(new BigDecimal(this.expected)).abs().compareTo(TOLERANCE) <= 0) ? Check.RIGHT
				: Check.WRONG;
	}

	private Check checkZip(String answer) {
		String digits = answer.replace(" ", "");
		if (!digits.matches("\\d{5}(-?\\d{4})?")) {
			return Check.UNREADABLE;
		}
		return digits.substring(0, 5).equals(this.expected.substring(0, 5)) ? Check.RIGHT : Check.WRONG;
	}

	/**
	 * Reads {@code $52,310.40}, {@code 52310}, {@code 52 310}; at most two decimals, not
	 * negative.
	 */
	static Optional<BigDecimal> amount(String typed) {
		String plain = typed.replace("$", "").replace(",", "").replace(" ", "").replace("\u00a0", "");
		if (!plain.matches("\\d{1,12}(\\.\\d{0,2})?")) {
			return Optional.empty();
		}
		return Optional.of(new BigDecimal(plain.endsWith(".") ? plain.substring(0, plain.length() - 1) : plain));
	}

	@Override
	public String toString() {
		return "DeskQuestion[" + this.key + "]";
	}

}
