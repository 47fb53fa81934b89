package gov.irs.secureaccess.sources.creditbureau;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import gov.irs.secureaccess.sources.ArrayBatch;
import gov.irs.secureaccess.sources.ExistingSsns;
import gov.irs.secureaccess.sources.SourceKeys;
import gov.irs.secureaccess.sources.Ssn;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills the credit bureau tables in batches (generator and CSV loader). Call inside the
 * caller's transaction.
 */
public final class CreditFileWriter {

	private final JdbcTemplate jdbc;

	private final SourceKeys keys;

	private final ExistingSsns lookup;

	public CreditFileWriter(JdbcTemplate jdbc, SourceKeys keys) {
		this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
		this.keys = Objects.requireNonNull(keys, "keys");
		this.lookup = new ExistingSsns(jdbc, keys);
	}

	/**
	 * Inserts each file or updates its freeze flag; its accounts are left as they are.
	 */
	public void upsertFiles(Collection<CreditFile> files) {
		List<Object[]> rows = files.stream()
			.map((file) -> new Object[] { this.keys.ssn(file.ssn()), file.frozen() })
			.toList();
		ArrayBatch.update(this.jdbc, """
				insert into credit_file (ssn_hash, frozen) select * from unnest(?, ?)
				on conflict (ssn_hash) do update set frozen = excluded.frozen""", List.of("text", "bool"), rows);
	}

	/** For each SSN given, its accounts become exactly the ones given. */
	public void replaceAccounts(Map<Ssn, List<CreditAccount>> accountsBySsn) {
		Map<String, List<CreditAccount>> byHash = new LinkedHashMap<>();
		accountsBySsn.forEach((ssn, accounts) -> byHash.put(this.keys.ssn(ssn), accounts));
		List<Object[]> deletes = byHash.keySet().stream().map((hash) -> new Object[] { hash }).toList();
		ArrayBatch.update(this.jdbc, "delete from credit_account where ssn_hash = any(?)", List.of("text"), deletes);
		List<Object[]> rows = byHash.entrySet()
			.parallelStream()
			.flatMap((entry) -> entry.getValue()
				.stream()
				.map((account) -> new Object[] { entry.getKey(), account.type().name(),
						(account.network() != null) ? account.network().name() : null,
						Last8Hash.of(this.keys, entry.getKey(), account.last8()) }))
			.toList();
		ArrayBatch.update(this.jdbc, """
				insert into credit_account (ssn_hash, account_type, card_network, last8_hash)
				select * from unnest(?, ?, ?, ?)""", List.of("text", "text", "text", "text"), rows);
	}

	/** The SSNs among these that have a credit file (reference checks while loading). */
	public Set<Ssn> withFile(Collection<Ssn> ssns) {
		return this.lookup.existing("credit_file", ssns);
	}

}
