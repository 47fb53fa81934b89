package gov.irs.secureaccess.sources.taxrecords;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts in dollars with at most two decimals, kept at scale 2. */
final class Money {

	private Money() {
	}

	static BigDecimal cents(BigDecimal amount, String what) {
		if (amount.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException(what + " must have at most two decimals");
		}
		return amount.setScale(2, RoundingMode.UNNECESSARY);
	}

}
