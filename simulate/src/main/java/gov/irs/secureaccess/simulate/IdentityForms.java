package gov.irs.secureaccess.simulate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import gov.irs.secureaccess.sources.taxrecords.Address;
import gov.irs.secureaccess.sources.taxrecords.FilingStatus;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;

/**
 * What a person types on the identity page (REG-2): exactly as on the return, or, on a
 * first try, with the slips the profile gives them: the address in another form
 * (abbreviations, the unit on the other line, ZIP+4 cut, city and country swapped abroad,
 * the postal code on line 1, a country's name), a typo, the wrong filing status, the new
 * address after a move.
 */
final class IdentityForms {

	private static final Map<String, String> SUFFIXES = Map.ofEntries(Map.entry("St", "Street"),
			Map.entry("Ave", "Avenue"), Map.entry("Dr", "Drive"), Map.entry("Rd", "Road"),
			Map.entry("Blvd", "Boulevard"), Map.entry("Ln", "Lane"), Map.entry("Ct", "Court"), Map.entry("Pl", "Place"),
			Map.entry("Pkwy", "Parkway"), Map.entry("Cir", "Circle"), Map.entry("Ter", "Terrace"),
			Map.entry("Hwy", "Highway"), Map.entry("Way", "Way"));

	private static final Pattern UNIT = Pattern.compile("^(.*?)\\s+((?:Apt|Apartment|Unit|Ste|Suite|#)\\s*\\S+)$",
			Pattern.CASE_INSENSITIVE);

	private static final Map<String, String> COUNTRY_NAMES = Map.of("CA", "Canada", "GB", "United Kingdom", "MX",
			"Mexico", "DE", "Germany", "FR", "France", "JP", "Japan", "AU", "Australia", "IN", "India", "PH",
			"Philippines", "KR", "South Korea");

	private IdentityForms() {
	}

	/** The identity form exactly as the return has it. */
	static Map<String, String> exact(TaxRecord record) {
		return form(record, record.address(), record.filingStatus(), record.ssn().formatted(),
				record.dateOfBirth().getDayOfMonth());
	}

	/** The first try: the person's own slips, drawn for them by the profile. */
	static Map<String, String> firstTry(Person person, Random random) {
		TaxRecord record = person.record;
		FilingStatus status = person.wrongFilingStatus ? other(record.filingStatus(), random) : record.filingStatus();
		String ssn = record.ssn().formatted();
		int day = record.dateOfBirth().getDayOfMonth();
		Address address = person.moved ? person.livesAt : record.address();
		Map<String, String> form;
		if (person.typo == Person.Typo.SSN) {
			ssn = swapDigits(ssn);
		}
		if (person.typo == Person.Typo.DATE_OF_BIRTH) {
			day = (day >= 28) ? day - 1 : day + 1;
		}
		form = form(record, address, status, ssn, day);
		if (person.otherForm) {
			otherForm(form, address, random);
		}
		if (person.typo == Person.Typo.ADDRESS) {
			form.put("line1", typoInNumber(form.get("line1")));
		}
		return form;
	}

	private static Map<String, String> form(TaxRecord record, Address address, FilingStatus status, String ssn,
			int day) {
		Map<String, String> form = new HashMap<>();
		form.put("ssn", ssn);
		form.put("dobMonth", Integer.toString(record.dateOfBirth().getMonthValue()));
		form.put("dobDay", Integer.toString(day));
		form.put("dobYear", Integer.toString(record.dateOfBirth().getYear()));
		form.put("filingStatus", status.name());
		form.put("line1", address.line1());
		form.put("line2", orEmpty(address.line2()));
		form.put("city", address.city());
		form.put("state", orEmpty(address.state()));
		form.put("postalCode", orEmpty(address.postalCode()));
		form.put("country", address.country());
		return form;
	}

	/**
	 * One difference of form, not of place, that applies to this address (REG-3 tolerates
	 * each).
	 */
	static void otherForm(Map<String, String> form, Address address, Random random) {
		List<Runnable> ways = new ArrayList<>();
		String line1 = form.get("line1");
		if (address.isAbroad()) {
			ways.add(() -> {
				form.put("city", address.country());
				form.put("country", address.city());
			});
			if (address.postalCode() != null) {
				ways.add(() -> {
					form.put("line1", line1 + " " + address.postalCode());
					form.put("postalCode", "");
				});
			}
			if (COUNTRY_NAMES.containsKey(address.country())) {
				ways.add(() -> form.put("country", COUNTRY_NAMES.get(address.country())));
			}
		}
		else {
			String swapped = swapSuffix(line1);
			if (!swapped.equals(line1)) {
				ways.add(() -> form.put("line1", swapped));
			}
			Matcher unit = UNIT.matcher(line1);
			if (unit.matches() && form.get("line2").isEmpty()) {
				ways.add(() -> {
					form.put("line1", unit.group(1));
					form.put("line2", unit.group(2));
				});
			}
			if (!form.get("line2").isEmpty()) {
				ways.add(() -> {
					form.put("line1", line1 + " " + form.get("line2"));
					form.put("line2", "");
				});
			}
			if (form.get("postalCode").length() == 10) {
				ways.add(() -> form.put("postalCode", form.get("postalCode").substring(0, 5)));
			}
			ways.add(() -> form.put("line1", line1.replaceAll("\\b(St|Ave|Dr|Rd|Blvd|Ln|Ct|Pl)\\b", "$1.") + ","));
		}
		ways.get(random.nextInt(ways.size())).run();
	}

	private static String swapSuffix(String line1) {
		for (Map.Entry<String, String> suffix : SUFFIXES.entrySet()) {
			if (suffix.getKey().equals(suffix.getValue())) {
				continue;
			}
			Pattern abbreviated = Pattern.compile("\\b" + suffix.getKey() + "\\b");
			if (abbreviated.matcher(line1).find()) {
				return abbreviated.matcher(line1).replaceFirst(suffix.getValue());
			}
			Pattern full = Pattern.compile("\\b" + suffix.getValue() + "\\b", Pattern.CASE_INSENSITIVE);
			if (full.matcher(line1).find()) {
				return full.matcher(line1).replaceFirst(suffix.getKey());
			}
		}
		return line1;
	}

	private static String swapDigits(String ssn) {
		char[] chars = ssn.toCharArray();
		for (int i = chars.length - 1; i > 7; i--) {
			if (chars[i] != chars[i - 1] && Character.isDigit(chars[i - 1])) {
				char c = chars[i];
				chars[i] = chars[i - 1];
				chars[i - 1] = c;
				return new String(chars);
			}
		}
		chars[chars.length - 1] = (chars[chars.length - 1] == '9') ? '8' : (char) (chars[chars.length - 1] + 1);
		return new String(chars);
	}

	private static String typoInNumber(String line1) {
		Matcher digit = Pattern.compile("\\d").matcher(line1);
		if (!digit.find()) {
			return line1 + "x";
		}
		char c = line1.charAt(digit.start());
		return line1.substring(0, digit.start()) + ((c == '9') ? '8' : (char) (c + 1))
				+ line1.substring(digit.start() + 1);
	}

	static FilingStatus other(FilingStatus status, Random random) {
		FilingStatus[] all = FilingStatus.values();
		FilingStatus picked;
		do {
			picked = all[random.nextInt(all.length)];
		}
		while (picked == status);
		return picked;
	}

	/**
	 * A breach's "old or guessed" address: another street number and street in the
	 * victim's city.
	 */
	static Map<String, String> guessedAddress(Map<String, String> exact, Random random) {
		Map<String, String> form = new HashMap<>(exact);
		form.put("line1", (100 + random.nextInt(9800)) + " "
				+ List.of("Oak", "Main", "Park", "Cedar", "Elm", "Lake").get(random.nextInt(6)) + " St");
		form.put("line2", "");
		return form;
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

}
