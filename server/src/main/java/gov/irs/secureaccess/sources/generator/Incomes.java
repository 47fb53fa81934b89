package gov.irs.secureaccess.sources.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import gov.irs.secureaccess.sources.taxrecords.FormType;
import gov.irs.secureaccess.sources.taxrecords.InformationDocument;

/**
 * Income for two years: information documents (W-2 for workers, SSA-1099 and 1099-R for
 * retirees, 1099-NEC for gig work, 1099-INT/-DIV for savers) and an AGI close to their
 * sum, which is what a real return would show.
 */
final class Incomes {

	record Income(BigDecimal agiCurrent, BigDecimal agiPrior, List<InformationDocument> documents) {
	}

	private static final List<String> EMPLOYERS = List.of("Walmart Inc.", "Amazon.com Services LLC", "The Kroger Co.",
			"The Home Depot Inc.", "UnitedHealth Group Inc.", "Target Corporation", "County of Los Angeles",
			"State of Ohio", "Kaiser Foundation Hospitals", "Starbucks Corporation", "Lowe's Home Centers LLC",
			"Wells Fargo & Company", "FedEx Ground Package System Inc.", "Mayo Clinic",
			"Dallas Independent School District", "Boeing Company", "Publix Super Markets Inc.",
			"Acme Plumbing & Heating LLC", "Riverside Family Dental PC", "U.S. Postal Service",
			"Department of the Army (DFAS)", "Chick-fil-A Westgate", "Main Street Diner LLC");

	private static final List<String> BANKS = List.of("JPMorgan Chase Bank N.A.", "Bank of America N.A.",
			"Wells Fargo Bank N.A.", "Ally Bank", "Capital One N.A.", "Navy Federal Credit Union",
			"Marcus by Goldman Sachs", "Discover Bank");

	private static final List<String> BROKERS = List.of("The Vanguard Group", "Fidelity Investments",
			"Charles Schwab & Co. Inc.", "Robinhood Securities LLC", "E*TRADE Securities LLC");

	private static final List<String> GIG = List.of("Uber Technologies Inc.", "DoorDash Inc.", "Lyft Inc.",
			"Upwork Inc.", "Instacart (Maplebear Inc.)");

	private Incomes() {
	}

	static Income of(Random random, int returnYear, int age) {
		boolean retired = age >= 66 && random.nextInt(100) < 80;
		double wages = retired ? 0 : wage(random);
		String employer = Names.pick(random, EMPLOYERS);
		List<InformationDocument> documents = new ArrayList<>();
		BigDecimal agiCurrent = BigDecimal.ZERO;
		BigDecimal agiPrior = BigDecimal.ZERO;
		boolean saver = random.nextInt(100) < 40;
		boolean investor = random.nextInt(100) < 18;
		boolean gig = !retired && random.nextInt(100) < 9;
		double pension = retired ? 8_000 + random.nextInt(40_000) : 0;
		double socialSecurity = retired ? 14_000 + random.nextInt(26_000) : 0;
		for (int year = returnYear; year >= returnYear - 1; year--) {
			double drift = (year == returnYear) ? 1.0 : 0.93 + random.nextDouble() * 0.1;
			BigDecimal total = BigDecimal.ZERO;
			if (wages > 0) {
				total = total.add(add(documents, year, FormType.W_2, employer, wages * drift, random));
			}
			if (retired) {
				total = total.add(add(documents, year, FormType.FORM_1099_R, Names.pick(random, BROKERS),
						pension * drift, random));
				add(documents, year, FormType.SSA_1099, "Social Security Administration", socialSecurity * drift,
						random);
				total = total.add(BigDecimal.valueOf(socialSecurity * drift * 0.5));
			}
			if (gig) {
				total = total.add(add(documents, year, FormType.FORM_1099_NEC, Names.pick(random, GIG),
						1_500 + random.nextInt(18_000), random));
			}
			if (saver) {
				total = total.add(add(documents, year, FormType.FORM_1099_INT, Names.pick(random, BANKS),
						10 + random.nextInt(2_400), random));
			}
			if (investor) {
				total = total.add(add(documents, year, FormType.FORM_1099_DIV, Names.pick(random, BROKERS),
						50 + random.nextInt(12_000), random));
			}
			if (!retired && random.nextInt(100) < 3) {
				total = total.add(add(documents, year, FormType.FORM_1099_G, "State Department of Labor",
						2_000 + random.nextInt(9_000), random));
			}
			BigDecimal agi = total.multiply(BigDecimal.valueOf(0.96 + random.nextDouble() * 0.04))
				.setScale(0, RoundingMode.HALF_UP);
			if (year == returnYear) {
				agiCurrent = agi;
			}
			else {
				agiPrior = agi;
			}
		}
		return new Income(agiCurrent, agiPrior, documents);
	}

	/** A skewed wage distribution: median near $48k, a long tail to about $400k. */
	private static double wage(Random random) {
		double roll = random.nextDouble();
		if (roll < 0.15) {
			return 8_000 + random.nextInt(17_000);
		}
		if (roll < 0.60) {
			return 25_000 + random.nextInt(40_000);
		}
		if (roll < 0.90) {
			return 65_000 + random.nextInt(75_000);
		}
		return 140_000 + random.nextInt(260_000);
	}

	private static BigDecimal add(List<InformationDocument> documents, int year, FormType type, String payer,
			double amount, Random random) {
		BigDecimal value = BigDecimal.valueOf(amount + random.nextInt(100) / 100.0).setScale(2, RoundingMode.HALF_UP);
		documents.add(new InformationDocument(year, type, payer, value));
		return value;
	}

}
