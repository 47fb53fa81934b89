package gov.irs.secureaccess.accounts.legacy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.platform.text.ControlCharacters;
import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.sources.csv.CsvRow;
import gov.irs.secureaccess.sources.csv.CsvRowException;
import gov.irs.secureaccess.sources.csv.CsvTable;
import gov.irs.secureaccess.sources.csv.DuplicateCheck;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports an extract of the old e-Services accounts (REG-10, REG-11, AST-1; columns in
 * docs/legacy-accounts.md):
 * {@code username,password_hash,first_name,last_name,ssn,email}, RFC 4180, UTF-8, header
 * row. Every row is checked first, and every problem reported with file, line and reason
 * (never the value); a file with any problem imports nothing. A good file is imported in
 * one transaction. A username or SSN already imported, repeated in the file, or a
 * username a Secure Access account already uses, is refused. An SSN that already has a
 * Secure Access account is imported: its owner's accounts merge at the first legacy
 * sign-in (REG-11).
 */
@Service
public class LegacyImport {

	static final List<String> COLUMNS = List.of("username", "password_hash", "first_name", "last_name", "ssn", "email");

	static final int MAX_USERNAME = 64;

	static final int MAX_NAME = 100;

	private static final Pattern USERNAME = Pattern.compile("[^\\s\\p{Cntrl}]{3," + MAX_USERNAME + "}");

	private static final Pattern EMAIL = Pattern
		.compile("[^\\s@\\p{Cntrl}]{1,64}@[^\\s@\\p{Cntrl}]{1,189}\\.[^\\s@\\p{Cntrl}]{2,63}");

	private final LegacyAccounts legacy;

	private final Accounts accounts;

	private final TransactionTemplate transactions;

	LegacyImport(LegacyAccounts legacy, Accounts accounts, TransactionTemplate transactions) {
		this.legacy = Objects.requireNonNull(legacy, "legacy");
		this.accounts = Objects.requireNonNull(accounts, "accounts");
		this.transactions = Objects.requireNonNull(transactions, "transactions");
	}

	/**
	 * Imports the e-Services accounts of the file, all or none.
	 * @return how many accounts were imported
	 * @throws LegacyImportException listing every problem; then nothing was imported
	 */
	public int importFile(Path file) {
		String name = file.getFileName().toString();
		List<CsvRow> rows;
		try {
			rows = CsvTable.read(file, COLUMNS, List.of());
		}
		catch (CsvRowException ex) {
			throw new LegacyImportException(List.of(ex.getMessage()));
		}
		List<String> problems = new ArrayList<>();
		List<Checked> accepted = new ArrayList<>();
		DuplicateCheck<String> usernames = new DuplicateCheck<>("username");
		DuplicateCheck<Ssn> ssns = new DuplicateCheck<>("ssn");
		for (CsvRow row : rows) {
			try {
				LegacyAccount account = check(row);
				usernames.check(Accounts.canonicalUsername(account.username()), row);
				ssns.check(account.ssn(), row);
				refuseExisting(account, row);
				accepted.add(new Checked(row.line(), account));
			}
			catch (CsvRowException ex) {
				problems.add(ex.getMessage());
			}
		}
		if (rows.isEmpty()) {
			problems.add(name + " line 1: no accounts after the header");
		}
		if (!problems.isEmpty()) {
			throw new LegacyImportException(problems);
		}
		return write(name, accepted);
	}

	private int write(String name, List<Checked> accepted) {
		Integer count = this.transactions.execute((status) -> {
			for (Checked checked : accepted) {
				try {
					this.legacy.add(checked.account());
				}
				catch (DuplicateKeyException ex) {
					// Imported by someone else since the check: the whole file goes back
					// (the exception rolls back).
					throw new LegacyImportException(
							List.of(name + " line " + checked.line() + ": username or ssn already imported"));
				}
			}
			return accepted.size();
		});
		return (count != null) ? count : 0;
	}

	private static LegacyAccount check(CsvRow row) {
		String username = row.text("username");
		if (!USERNAME.matcher(username).matches()) {
			throw row
				.fail("username must be 3 to " + MAX_USERNAME + " characters without spaces or control characters");
		}
		String hash = row.text("password_hash");
		if (!LegacyPasswordScheme.isWellFormed(hash)) {
			throw row.fail("password_hash must be " + LegacyPasswordScheme.PREFIX
					+ "$<iterations>$<base64 salt>$<base64 hash> with iterations 1 to "
					+ LegacyPasswordScheme.MAX_ITERATIONS + " and a hash of 16 to 64 bytes");
		}
		String first = name(row, "first_name");
		String last = name(row, "last_name");
		Ssn ssn = row.ssn("ssn");
		String email = row.text("email");
		if (!EMAIL.matcher(email).matches()) {
			throw row.fail("email must be an address like name@example.gov");
		}
		return new LegacyAccount(0, username, hash, first, last, ssn, email.toLowerCase(Locale.ROOT));
	}

	private static String name(CsvRow row, String column) {
		String value = row.text(column);
		if (value.length() > MAX_NAME || ControlCharacters.any(value)) {
			throw row.fail(column + " must be at most " + MAX_NAME + " characters without control characters");
		}
		return value;
	}

	private void refuseExisting(LegacyAccount account, CsvRow row) {
		if (this.legacy.isUsernameTaken(account.username())) {
			throw row.fail("duplicate username: already imported");
		}
		if (this.legacy.findBySsn(account.ssn()).isPresent()) {
			throw row.fail("duplicate ssn: already imported");
		}
		if (this.accounts.isUsernameTaken(account.username())) {
			throw row.fail("username is already a Secure Access account's username");
		}
	}

	private record Checked(long line, LegacyAccount account) {
	}

}
