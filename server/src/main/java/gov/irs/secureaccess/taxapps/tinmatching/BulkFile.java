package gov.irs.secureaccess.taxapps.tinmatching;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A Bulk TIN Matching file (docs/tax-applications.md): plain text (UTF-8 or ASCII), one
 * request per line, {@code TIN type;TIN;Name;Account number} with the account number
 * optional, up to {@value #MAX_PAIRS} requests; blank lines are skipped. A line without
 * three or four fields is a bad line: it is answered with indicator 4 and reported by its
 * line number and reason, never by its content.
 */
public final class BulkFile {

	public static final int MAX_PAIRS = 100_000;

	/** Enough for 100,000 lines of the longest fields. */
	public static final int MAX_BYTES = 12 * 1024 * 1024;

	/**
	 * A non-blank line: its number (from 1), its text, and the pair, or the reason it is
	 * bad.
	 */
	public record Line(int number, String text, TinPair pair, String problem) {

		@Override
		public String toString() {
			return "Line[" + this.number + ((this.problem != null) ? ", " + this.problem : "") + "]";
		}

	}

	/** A bad line as reported: its number and what is wrong, no content. */
	public record BadLine(int line, String problem) {
	}

	private final List<Line> lines;

	private BulkFile(List<Line> lines) {
		this.lines = List.copyOf(lines);
	}

	/**
	 * Reads a bulk TIN Matching file.
	 * @throws TinMatchingRefused when the file is empty, too big, not text, or has too
	 * many requests
	 */
	public static BulkFile parse(byte[] content) {
		if (content == null || content.length == 0) {
			throw new TinMatchingRefused("The file is empty.");
		}
		if (content.length > MAX_BYTES) {
			throw new TinMatchingRefused("The file is larger than " + (MAX_BYTES / (1024 * 1024)) + " MB.");
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new TinMatchingRefused("The file must be plain text (UTF-8 or ASCII).");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.indexOf('\0') >= 0) {
			throw new TinMatchingRefused("The file must be plain text (UTF-8 or ASCII).");
		}
		List<Line> lines = new ArrayList<>();
		String[] raw = text.split("\r\n|\n|\r", -1);
		for (int i = 0; i < raw.length; i++) {
			String line = raw[i];
			if (line.isBlank()) {
				continue;
			}
			if (lines.size() == MAX_PAIRS) {
				throw new TinMatchingRefused("The file has more than " + MAX_PAIRS + " requests.");
			}
			lines.add(read(i + 1, line));
		}
		if (lines.isEmpty()) {
			throw new TinMatchingRefused("The file has no requests.");
		}
		return new BulkFile(lines);
	}

	private static Line read(int number, String line) {
		String[] fields = line.split(";", -1);
		if (fields.length < 3 || fields.length > 4) {
			return new Line(number, line, null,
					"expected 3 or 4 fields separated by semicolons, found " + fields.length);
		}
		Integer type;
		try {
			type = Integer.valueOf(fields[0].strip());
		}
		catch (NumberFormatException ex) {
			type = null;
		}
		String account = (fields.length == 4 && !fields[3].isBlank()) ? fields[3].strip() : null;
		if (account != null && account.length() > 20) {
			return new Line(number, line, null, "account number longer than 20 characters");
		}
		return new Line(number, line, new TinPair(type, fields[1], fields[2], account), null);
	}

	public List<Line> lines() {
		return this.lines;
	}

	public int size() {
		return this.lines.size();
	}

}
