package gov.irs.secureaccess.registration.address;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the address tables kept in {@code src/main/resources/address/} (their sources and
 * licences are in {@code SOURCES.md} there): the lines of a file without its comments and
 * blank lines.
 */
final class AddressData {

	private AddressData() {
	}

	static List<String> lines(String file) {
		try (InputStream in = AddressData.class.getResourceAsStream("/address/" + file)) {
			if (in == null) {
				throw new IllegalStateException("address table missing from the classpath: " + file);
			}
			List<String> lines = new ArrayList<>();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					lines.add(line);
				}
			}
			return lines;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("address table unreadable: " + file, ex);
		}
	}

	/**
	 * The cells of a tab-separated line, at least {@code count} of them (missing ones
	 * empty).
	 */
	static String[] cells(String line, int count) {
		String[] cells = line.split("\t", -1);
		if (cells.length >= count) {
			return cells;
		}
		String[] padded = Arrays.copyOf(cells, count);
		Arrays.fill(padded, cells.length, count, "");
		return padded;
	}

}
