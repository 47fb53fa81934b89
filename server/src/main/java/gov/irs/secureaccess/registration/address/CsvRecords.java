package gov.irs.secureaccess.registration.address;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records read one at a time: quoted cells may hold commas, doubled quotes and
 * line breaks.
 */
final class CsvRecords {

	/** A record and the line it starts on. */
	record Record(int line, List<String> cells) {
	}

	private final Reader in;

	private int line = 1;

	private int pending = -2;

	CsvRecords(Reader in) {
		this.in = in;
	}

	/** The next record, or null at the end of the input. */
	Record next() throws IOException {
		int c = read();
		if (c == -1) {
			return null;
		}
		int start = this.line;
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		boolean wasQuoted = false;
		while (c != -1) {
			if (quoted) {
				if (c == '"') {
					int next = read();
					if (next == '"') {
						cell.append('"');
					}
					else {
						quoted = false;
						c = next;
						continue;
					}
				}
				else {
					cell.append((char) c);
				}
			}
			else if (c == '"' && cell.isEmpty() && !wasQuoted) {
				quoted = true;
				wasQuoted = true;
			}
			else if (c == ',') {
				cells.add(cell.toString());
				cell.setLength(0);
				wasQuoted = false;
			}
			else if (c == '\n') {
				break;
			}
			else if (c != '\r') {
				cell.append((char) c);
			}
			c = read();
		}
		cells.add(cell.toString());
		return new Record(start, cells);
	}

	private int read() throws IOException {
		int c = this.in.read();
		if (c == '\n') {
			this.line++;
		}
		if (c == 0xFEFF && this.line == 1 && this.pending == -2) {
			c = this.in.read(); // a byte order mark
		}
		this.pending = c;
		return c;
	}

}
