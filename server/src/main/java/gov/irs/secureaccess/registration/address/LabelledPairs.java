package gov.irs.secureaccess.registration.address;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import gov.irs.secureaccess.sources.taxrecords.Address;

/**
 * A labelled corpus of address pairs (REG-3) in CSV (RFC 4180: quoted cells may hold
 * commas, quotes and line breaks; lines starting with "#" before the header are comments)
 * with the header
 * {@code id,label,category,rec_line1,rec_line2,rec_city,rec_state,rec_postal,rec_country,ent_line1,ent_line2,ent_city,ent_state,ent_postal,ent_country,note}.
 * An empty cell is an absent field; an empty {@code ent_country} is the United States, as
 * on the form. A malformed file is refused with the line that is wrong.
 */
public final class LabelledPairs {

	public static final List<String> HEADER = List.of("id", "label", "category", "rec_line1", "rec_line2", "rec_city",
			"rec_state", "rec_postal", "rec_country", "ent_line1", "ent_line2", "ent_city", "ent_state", "ent_postal",
			"ent_country", "note");

	/**
	 * One labelled pair: {@code match} is the label (the entry denotes the record's
	 * place).
	 */
	public record Pair(String id, int line, boolean match, String category, Address record, EnteredAddress entered,
			String note) {

		public boolean abroad() {
			return this.record.isAbroad();
		}

	}

	/** The file is not a labelled corpus; the message says where and why. */
	public static final class MalformedPairsException extends Exception {

		private static final long serialVersionUID = 1L;

		MalformedPairsException(int line, String problem) {
			super("line " + line + ": " + problem);
		}

	}

	private LabelledPairs() {
	}

	public static List<Pair> read(Reader in) throws IOException, MalformedPairsException {
		List<Pair> pairs = new ArrayList<>();
		CsvRecords records = new CsvRecords(in);
		List<String> header = null;
		for (CsvRecords.Record row = records.next(); row != null; row = records.next()) {
			List<String> cells = row.cells();
			if (header == null) {
				if (cells.get(0).startsWith("#") || (cells.size() == 1 && cells.get(0).isBlank())) {
					continue;
				}
				// A spreadsheet's byte order mark before the header is not part of it.
				header = cells.stream().map((cell) -> cell.replace("\uFEFF", "").strip()).toList();
				if (!header.equals(HEADER)) {
					throw new MalformedPairsException(row.line(), "the header must be " + String.join(",", HEADER));
				}
				continue;
			}
			if (cells.size() == 1 && cells.get(0).isBlank()) {
				continue;
			}
			if (cells.size() == HEADER.size() - 1) {
				cells = new ArrayList<>(cells);
				cells.add(""); // the note is the last column and may be left off
			}
			if (cells.size() != HEADER.size()) {
				throw new MalformedPairsException(row.line(),
						HEADER.size() + " columns expected, " + cells.size() + " found");
			}
			pairs.add(pair(row.line(), cells));
		}
		if (header == null) {
			throw new MalformedPairsException(1, "the file is empty; the header must be " + String.join(",", HEADER));
		}
		return pairs;
	}

	private static Pair pair(int line, List<String> cells) throws MalformedPairsException {
		String id = cells.get(0).strip();
		if (id.isEmpty()) {
			throw new MalformedPairsException(line, "id is empty");
		}
		boolean match = switch (cells.get(1).strip()) {
			case "match" -> true;
			case "mismatch" -> false;
			default -> throw new MalformedPairsException(line,
					"label must be match or mismatch, not \"" + cells.get(1) + "\"");
		};
		Address record;
		try {
			record = new Address(cells.get(3), blankToNull(cells.get(4)), cells.get(5), blankToNull(cells.get(6)),
					blankToNull(cells.get(7)), cells.get(8).strip());
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new MalformedPairsException(line, "the record is not a valid address: " + ex.getMessage());
		}
		EnteredAddress entered = new EnteredAddress(cells.get(9), cells.get(10), cells.get(11), cells.get(12),
				cells.get(13), cells.get(14));
		return new Pair(id, line, match, cells.get(2).strip(), record, entered, cells.get(15));
	}

	private static String blankToNull(String value) {
		return value.isBlank() ? null : value;
	}

}
