package gov.irs.secureaccess.sources.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.sources.creditbureau.AccountLast8;
import gov.irs.secureaccess.sources.creditbureau.AccountType;
import gov.irs.secureaccess.sources.creditbureau.CardNetwork;
import gov.irs.secureaccess.sources.creditbureau.CreditAccount;
import gov.irs.secureaccess.sources.creditbureau.CreditFileWriter;

/**
 * {@code credit_accounts.csv}: one row per account. Each SSN must have a credit file; the
 * accounts of every SSN in the file replace its former ones. The last 8 digits are hashed
 * at once and never kept or reported (DATA-2).
 */
final class CreditAccountsCsv implements SourceCsvFile {

	static final String FILE = "credit_accounts.csv";

	private final CreditFileWriter writer;

	CreditAccountsCsv(CreditFileWriter writer) {
		this.writer = Objects.requireNonNull(writer, "writer");
	}

	@Override
	public String fileName() {
		return FILE;
	}

	@Override
	public List<String> requiredColumns() {
		return List.of("ssn", "account_type", "last8");
	}

	@Override
	public List<String> optionalColumns() {
		return List.of("card_network");
	}

	@Override
	public int load(List<CsvRow> rows) {
		DuplicateCheck<List<Object>> duplicates = new DuplicateCheck<>("account (same ssn, type and last 8 digits)");
		Map<Ssn, List<CreditAccount>> bySsn = new LinkedHashMap<>();
		Map<Ssn, CsvRow> firstRow = new LinkedHashMap<>();
		for (CsvRow row : rows) {
			Ssn ssn = row.ssn("ssn");
			AccountType type = row.enumValue("account_type", AccountType.class);
			CardNetwork network = row.optionalEnum("card_network", CardNetwork.class);
			AccountLast8 last8 = row.parse("last8", AccountLast8::of);
			duplicates.check(List.of(ssn, type, last8), row);
			bySsn.computeIfAbsent(ssn, (key) -> new ArrayList<>())
				.add(row.build(() -> new CreditAccount(type, network, last8)));
			firstRow.putIfAbsent(ssn, row);
		}
		Set<Ssn> known = this.writer.withFile(bySsn.keySet());
		firstRow.forEach((ssn, row) -> {
			if (!known.contains(ssn)) {
				throw row.fail("ssn has no credit file (add it to " + CreditFilesCsv.FILE + ")");
			}
		});
		this.writer.replaceAccounts(bySsn);
		return rows.size();
	}

}
