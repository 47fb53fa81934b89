package gov.irs.secureaccess.messaging.letters;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import gov.irs.secureaccess.platform.text.ControlCharacters;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text made printable in a standard 14 font, which only encodes WinAnsi (Latin-1 and a
 * few more): a character the font cannot encode is transliterated (accents dropped,
 * {@code Ł} to {@code L}, ...) or, failing that, printed as {@code ?}, so an unusual name
 * never stops a batch. Also wraps text to a width.
 */
final class PrintableText {

	private static final Map<Integer, String> SPECIAL = Map.ofEntries(Map.entry((int) 'Ł', "L"),
			Map.entry((int) 'ł', "l"), Map.entry((int) 'Đ', "D"), Map.entry((int) 'đ', "d"), Map.entry((int) 'Ħ', "H"),
			Map.entry((int) 'ħ', "h"), Map.entry((int) 'ı', "i"), Map.entry((int) 'Ŀ', "L"), Map.entry((int) 'ŀ', "l"),
			Map.entry((int) 'Ŧ', "T"), Map.entry((int) 'ŧ', "t"), Map.entry((int) 'ẞ', "SS"), Map.entry((int) 'Ø', "O"),
			Map.entry((int) 'ø', "o"), Map.entry((int) 'Ə', "E"), Map.entry((int) 'ə', "e"), Map.entry((int) '‐', "-"),
			Map.entry((int) '‑', "-"), Map.entry((int) '−', "-"), Map.entry((int) '\u2009', " "),
			Map.entry((int) '\u202F', " "), Map.entry((int) '\t', " "));

	private final PDFont font;

	private final Map<Integer, Boolean> encodable = new ConcurrentHashMap<>();

	PrintableText(PDFont font) {
		this.font = font;
	}

	/**
	 * The text with every character the font cannot encode replaced; line breaks are the
	 * caller's business.
	 */
	String printable(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach((cp) -> out.append(printable(cp)));
		return out.toString();
	}

	private String printable(int cp) {
		if (canEncode(cp)) {
			return new String(Character.toChars(cp));
		}
		String special = SPECIAL.get(cp);
		if (special != null) {
			return special;
		}
		if (ControlCharacters.isControl(cp) || Character.isWhitespace(cp)) {
			return " ";
		}
		String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD)
			.replaceAll("\\p{M}+", "");
		if (!decomposed.isEmpty() && decomposed.codePoints().allMatch(this::canEncode)) {
			return decomposed;
		}
		return "?";
	}

	private boolean canEncode(int cp) {
		if (cp < 0x20) {
			return false;
		}
		return this.encodable.computeIfAbsent(cp, (c) -> {
			try {
				this.font.encode(new String(Character.toChars(c)));
				return true;
			}
			catch (IllegalArgumentException | IOException ex) {
				return false;
			}
		});
	}

	/** Width of printable text in points at {@code size}. */
	float width(String printable, float size) {
		try {
			return this.font.getStringWidth(printable) / 1000f * size;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot measure text", ex);
		}
	}

	/**
	 * The text made printable and wrapped to {@code maxWidth}: one entry per printed
	 * line, an empty entry for an empty line. Words wider than a line are broken.
	 */
	List<String> wrap(String text, float size, float maxWidth) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
			String printable = printable(paragraph).strip();
			if (printable.isEmpty()) {
				lines.add("");
				continue;
			}
			StringBuilder line = new StringBuilder();
			for (String word : printable.split(" +")) {
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (width(candidate, size) <= maxWidth) {
					line.setLength(0);
					line.append(candidate);
					continue;
				}
				if (!line.isEmpty()) {
					lines.add(line.toString());
					line.setLength(0);
				}
				while (width(word, size) > maxWidth) {
					int cut = word.length() - 1;
					while (cut > 1 && width(word.substring(0, cut), size) > maxWidth) {
						cut--;
					}
					lines.add(word.substring(0, cut));
					word = word.substring(cut);
				}
				line.append(word);
			}
			if (!line.isEmpty()) {
				lines.add(line.toString());
			}
		}
		return lines;
	}

}
