package gov.irs.secureaccess.registration.address;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Postal code shapes by country ({@code postal-codes.txt}, from Google's address
 * metadata) and what people write before a code ({@code postal-marks.txt}: the post's own
 * prefix such as CH-, the old vehicle letters D-, A-, F-, the words C.P., CEP, PIN, 〒).
 * Codes are compared by their letters and digits only (H3B 1A5 = h3b1a5, 150-0002 =
 * 1500002).
 */
final class PostalCodes {

	private static final Map<String, Pattern> SHAPES = new HashMap<>();

	private static final Map<String, List<List<String>>> MARKS = new HashMap<>();

	static {
		for (String line : AddressData.lines("postal-codes.txt")) {
			String[] cells = AddressData.cells(line, 3);
			SHAPES.put(cells[0], Pattern.compile(cells[1], Pattern.CASE_INSENSITIVE));
			if (!cells[2].isBlank()) {
				mark(cells[0], cells[2]);
			}
		}
		for (String line : AddressData.lines("postal-marks.txt")) {
			String[] cells = AddressData.cells(line, 2);
			for (String mark : cells[1].split("\\|")) {
				mark(cells[0], mark);
			}
		}
		MARKS.values().forEach((marks) -> marks.sort((a, b) -> b.size() - a.size()));
	}

	private PostalCodes() {
	}

	private static void mark(String country, String mark) {
		List<String> tokens = AddressText.tokens(mark);
		if (mark.strip().equals("〒")) {
			tokens = List.of("〒");
		}
		if (!tokens.isEmpty()) {
			MARKS.computeIfAbsent(country, (c) -> new ArrayList<>()).add(tokens);
		}
	}

	/**
	 * Whether the tokens, run together or as written, have the shape of a postal code of
	 * the country.
	 */
	static boolean looksLike(String country, List<String> tokens) {
		Pattern shape = SHAPES.get(country);
		if (shape == null || tokens.isEmpty()) {
			return false;
		}
		String spaced = String.join(" ", tokens).toUpperCase(Locale.ROOT);
		return shape.matcher(spaced).matches() || shape.matcher(spaced.replace(" ", "")).matches()
				|| shape.matcher(spaced.replace(' ', '-')).matches();
	}

	/**
	 * How many tokens from {@code at} are a mark written before a postal code of the
	 * country (D-, C.P., CEP); 0 if none.
	 */
	static int markAt(String country, List<String> tokens, int at) {
		for (String key : List.of(country, "*")) {
			for (List<String> mark : MARKS.getOrDefault(key, List.of())) {
				if (at + mark.size() <= tokens.size() && tokens.subList(at, at + mark.size()).equals(mark)) {
					return mark.size();
				}
			}
		}
		String code = country.toLowerCase(Locale.ROOT);
		return (at < tokens.size() && tokens.get(at).equals(code)) ? 1 : 0;
	}

	/**
	 * The letters and digits of a postal code, lower case, without leading zeros lost to
	 * a spreadsheet.
	 */
	static String compact(String text) {
		return AddressText.squash(AddressText.tokens(text));
	}

}
