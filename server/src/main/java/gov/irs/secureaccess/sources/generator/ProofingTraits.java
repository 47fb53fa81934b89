package gov.irs.secureaccess.sources.generator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import gov.irs.secureaccess.sources.creditbureau.AccountLast8;
import gov.irs.secureaccess.sources.creditbureau.AccountType;
import gov.irs.secureaccess.sources.creditbureau.CreditAccount;
import gov.irs.secureaccess.sources.creditbureau.CreditFile;
import gov.irs.secureaccess.sources.phonecarrier.LineType;
import gov.irs.secureaccess.sources.phonecarrier.PhoneLine;
import gov.irs.secureaccess.sources.taxrecords.RefundAccount;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;

/**
 * The traits issue 13 added to the population (REG-4 student loans, REG-13 SIM changes
 * and ports, REG-14 refund accounts), drawn from a random stream of their own, so every
 * trait drawn before them (names, addresses, cards, phones) stays what it was for the
 * same seed.
 */
final class ProofingTraits {

	/** Salt of this stream: the seed and this give another sequence than the main one. */
	private static final long STREAM = 0x13A0_5EEDL;

	private final Random random;

	private final Instant asOf;

	ProofingTraits(long seed, Instant asOf) {
		this.random = new Random(seed ^ STREAM);
		this.asOf = asOf;
	}

	/**
	 * REG-4: about one adult in six carries a student loan (Federal Reserve SHED). 17% of
	 * ordinary files get one; so do 40% of people whose only card is a debit card, for
	 * whom it is then the only account REG-4 accepts.
	 */
	CreditFile withStudentLoan(CreditFile file) {
		if (file == null || file.frozen()) {
			return file;
		}
		boolean onlyDebit = !file.accounts().isEmpty()
				&& file.accounts().stream().allMatch((a) -> a.type() == AccountType.DEBIT_CARD);
		boolean ordinary = file.accounts().stream().anyMatch(CreditProfiles::passesReg4);
		int share = onlyDebit ? 40 : (ordinary ? 17 : 0);
		if (this.random.nextInt(100) >= share) {
			return file;
		}
		Set<String> used = new HashSet<>();
		file.accounts().forEach((a) -> used.add(a.last8().digits()));
		String digits;
		do {
			digits = String.format("%08d", this.random.nextInt(100_000_000));
		}
		while (!used.add(digits));
		List<CreditAccount> accounts = new ArrayList<>(file.accounts());
		accounts.add(new CreditAccount(AccountType.STUDENT_LOAN, null, AccountLast8.of(digits)));
		return new CreditFile(file.ssn(), file.frozen(), accounts);
	}

	/**
	 * REG-13: 2% of mobile lines had their SIM changed in the last 7 days (a new phone),
	 * 0.5% were ported to another carrier then; the rest show no change. Times are before
	 * {@code asOf}, the moment of generation.
	 */
	PhoneLine withTakeoverSignals(PhoneLine line) {
		if (line == null || line.lineType() != LineType.MOBILE) {
			return line;
		}
		int roll = this.random.nextInt(1000);
		if (roll < 20) {
			return line.withTakeoverSignals(recent(), null);
		}
		if (roll < 25) {
			return line.withTakeoverSignals(null, recent());
		}
		return line;
	}

	/**
	 * REG-14: most filers get a refund and most refunds are deposited: 80% of people who
	 * owe nothing have the account of their last refund on the return; who owes has none.
	 */
	RefundAccount refundAccount(TaxRecord record) {
		if (record.balanceDue().signum() > 0 || this.random.nextInt(100) >= 80) {
			return null;
		}
		return RefundAccount.of(routingNumber(this.random), String.format("%04d", this.random.nextInt(10_000)));
	}

	/**
	 * A synthetic routing number with a Federal Reserve symbol (01-12) and a right ABA
	 * check digit.
	 */
	static String routingNumber(Random random) {
		String first8 = String.format("%02d%06d", 1 + random.nextInt(12), random.nextInt(1_000_000));
		int[] weights = { 3, 7, 1, 3, 7, 1, 3, 7 };
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += weights[i] * (first8.charAt(i) - '0');
		}
		return first8 + ((10 - sum % 10) % 10);
	}

	private Instant recent() {
		return this.asOf.minus(Duration.ofMinutes(30 + this.random.nextInt(6 * 24 * 60)));
	}

}
