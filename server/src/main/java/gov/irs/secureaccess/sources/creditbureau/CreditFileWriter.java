package gov.irs.secureaccess.sources.creditbureau;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import gov.irs.secureaccess.sources.ExistingSsns;
import gov.irs.secureaccess.sources.SourceKeys;
import gov.irs.secureaccess.sources.Ssn;

import org.springframework.jdbc.core.JdbcTemplate;

/** Fills the credit bureau tables in batches (generator and CSV loader). Call inside the caller's transaction. */
public final class CreditFileWriter {

	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;

	private final SourceKeys keys;

	private final ExistingSsns lookup;

	public CreditFileWriter(JdbcTemplate jdbc, SourceKeys keys) {
		this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
		this.keys = Objects.requireNonNull(keys, "keys");
		this.lookup = new ExistingSsns(jdbc, keys);
	}

	/** Inserts each file or updates its freeze flag; its accounts are left as they are. */
	public void upsertFiles(Collection<CreditFile> files) {
		List<Object[]> rows = files.stream()
			.map((file) -> new Object[] { this.keys.ssn(file.ssn()), file.frozen() })
			.toList();
		this.jdbc.batchUpdate("""
				insert into credit_file (ssn_hash, frozen) values (?, ?)
				on conflict (ssn_hash) do update set frozen = excluded.frozen""", rows, BATCH, CreditFileWriter::setAll);
	}

	/** For each SSN given, its accounts become exactly the ones given. */
	public void replaceAccounts(Map<Ssn, List<CreditAccount>> accountsBySsn) {
		Map<String, List<CreditAccount>> byHash = new LinkedHashMap<>();
		accountsBySsn.forEach((ssn, accounts) -> byHash.put(this.keys.ssn(ssn), accounts));
		List<Object[]> deletes = byHash.keySet().stream().map((hash) -> new Object[] { hash }).toList();
		this.jdbc.batchUpdate("delete from credit_account where ssn_hash = ?", deletes, BATCH,
				CreditFileWriter::setAll);
		List<Object[]> rows = new ArrayList<>();
		byHash.forEach((hash, accounts) -> {
			for (CreditAccount account : accounts) {
				rows.add(new Object[] { hash, account.type().name(),
						(account.network() != null) ? account.network().name() : null,
						Last8Hash.of(this.keys, hash, account.last8()) });
			}
		});
		this.jdbc.batchUpdate("""
				insert into credit_account (ssn_hash, account_type, card_network, last8_hash) values (?, ?, ?, ?)
				on conflict (ssn_hash, last8_hash, account_type) do update set card_network = excluded.card_network""",
				rows, BATCH, CreditFileWriter::setAll);
	}

	/** The SSNs among these that have a credit file (reference checks while loading). */
	public Set<Ssn> withFile(Collection<Ssn> ssns) {
		return this.lookup.existing("credit_file", ssns);
	}

	private static void setAll(PreparedStatement ps, Object[] row) throws SQLException {
		for (int i = 0; i < row.length; i++) {
			ps.setObject(i + 1, row[i]);
		}
	}

}
