package gov.irs.secureaccess.accounts.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a password list: UTF-8, one password per line, most common first; blank lines and
 * lines starting with {@code #} are skipped. Entries are kept as written (surrounding
 * spaces trimmed); callers fold case.
 */
final class PasswordList {

	private PasswordList() {
	}

	static List<String> read(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the password list " + file, ex);
		}
	}

	static List<String> readResource(String name) {
		try (InputStream in = PasswordList.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + name);
			}
			return read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the password list " + name, ex);
		}
	}

	private static List<String> read(InputStream in) throws IOException {
		List<String> entries = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String entry = line.strip();
				if (!entry.isEmpty() && !entry.startsWith("#")) {
					entries.add(entry);
				}
			}
		}
		return entries;
	}

}
