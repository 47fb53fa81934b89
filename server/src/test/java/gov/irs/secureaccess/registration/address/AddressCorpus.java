package gov.irs.secureaccess.registration.address;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import gov.irs.secureaccess.sources.taxrecords.Address;

/** The labelled pairs of {@code address-corpus.csv} (columns in {@code address-corpus.md}). */
record AddressCorpus(List<Pair> pairs) {

	record Pair(int line, boolean match, String category, Address record, EnteredAddress entered) {

		@Override
		public String toString() {
			return "line " + this.line + " [" + this.category + "] expected " + (this.match ? "match" : "mismatch");
		}

	}

	static AddressCorpus load() {
		try (InputStream in = AddressCorpus.class.getResourceAsStream("/address-corpus.csv")) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			List<Pair> pairs = new ArrayList<>();
			String[] lines = text.split("\n");
			boolean header = true;
			for (int i = 0; i < lines.length; i++) {
				if (lines[i].isBlank() || lines[i].startsWith("#")) {
					continue;
				}
				List<String> cells = cells(lines[i]);
				if (header) {
					header = false;
					continue;
				}
				if (cells.size() != 14) {
					throw new IllegalStateException("line " + (i + 1) + ": 14 columns expected, got " + cells.size());
				}
				Address record = new Address(cells.get(2), blankToNull(cells.get(3)), cells.get(4),
						blankToNull(cells.get(5)), blankToNull(cells.get(6)), cells.get(7));
				EnteredAddress entered = new EnteredAddress(cells.get(8), cells.get(9), cells.get(10), cells.get(11),
						cells.get(12), cells.get(13));
				pairs.add(new Pair(i + 1, label(cells.get(0)), cells.get(1), record, entered));
			}
			return new AddressCorpus(pairs);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** One CSV line (RFC 4180 quoting; no line breaks inside cells). */
	static List<String> cells(String line) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
				cell.append('"');
				i++;
			}
			else if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}

	private static boolean label(String label) {
		return switch (label) {
			case "match" -> true;
			case "mismatch" -> false;
			default -> throw new IllegalStateException("label must be match or mismatch: " + label);
		};
	}

	private static String blankToNull(String value) {
		return value.isBlank() ? null : value;
	}

}
