package gov.irs.secureaccess.sources.taxrecords;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import gov.irs.secureaccess.platform.crypto.SealedJson;
import gov.irs.secureaccess.sources.ArrayBatch;
import gov.irs.secureaccess.sources.ExistingSsns;
import gov.irs.secureaccess.sources.SourceKeys;
import gov.irs.secureaccess.sources.Ssn;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills the tax record tables in batches (generator and CSV loader). Call inside the
 * caller's transaction.
 */
public final class TaxRecordWriter {

	private final JdbcTemplate jdbc;

	private final SourceKeys keys;

	private final SealedJson sealed;

	private final ExistingSsns lookup;

	public TaxRecordWriter(JdbcTemplate jdbc, SourceKeys keys, SealedJson sealed) {
		this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
		this.keys = Objects.requireNonNull(keys, "keys");
		this.sealed = Objects.requireNonNull(sealed, "sealed");
		this.lookup = new ExistingSsns(jdbc, keys);
	}

	/**
	 * Inserts or replaces the identity and return of each record; its documents are left
	 * as they are.
	 */
	public void upsertRecords(Collection<TaxRecord> records) {
		// Sealing and hashing dominate: spread them over the cores (both are
		// thread-safe).
		List<Object[]> rows = records.parallelStream()
			.map((record) -> new Object[] { this.keys.ssn(record.ssn()), record.filingStatus().name(),
					record.returnYear(), this.sealed.seal(TaxRecordPayload.of(record), TaxRecordPayload.CONTEXT) })
			.toList();
		ArrayBatch.update(this.jdbc, """
				insert into tax_record (ssn_hash, filing_status, return_year, payload_sealed)
				select * from unnest(?, ?, ?, ?)
				on conflict (ssn_hash) do update set filing_status = excluded.filing_status,
				return_year = excluded.return_year, payload_sealed = excluded.payload_sealed""",
				List.of("text", "text", "int4", "text"), rows);
	}

	/**
	 * For each SSN given, its documents become exactly the ones given (so loading twice
	 * does not duplicate).
	 */
	public void replaceDocuments(Map<Ssn, List<InformationDocument>> documentsBySsn) {
		Map<String, List<InformationDocument>> byHash = new LinkedHashMap<>();
		documentsBySsn.forEach((ssn, documents) -> byHash.put(this.keys.ssn(ssn), documents));
		List<Object[]> deletes = byHash.keySet().stream().map((hash) -> new Object[] { hash }).toList();
		ArrayBatch.update(this.jdbc, "delete from information_document where ssn_hash = any(?)", List.of("text"),
				deletes);
		List<Object[]> rows = byHash.entrySet()
			.parallelStream()
			.flatMap((entry) -> entry.getValue()
				.stream()
				.map((document) -> new Object[] { entry.getKey(), document.taxYear(), document.formType().name(),
						this.sealed.seal(DocumentPayload.of(document), DocumentPayload.CONTEXT) }))
			.toList();
		ArrayBatch.update(this.jdbc, """
				insert into information_document (ssn_hash, tax_year, form_type, payload_sealed)
				select * from unnest(?, ?, ?, ?)""", List.of("text", "int4", "text", "text"), rows);
	}

	/**
	 * REG-14: for each SSN given, the refund account on file becomes the one given, or
	 * none where the value is {@code null} (the last refund was not deposited, or there
	 * was none). Only a keyed hash is written (DATA-2).
	 */
	public void replaceRefundAccounts(Map<Ssn, RefundAccount> accountsBySsn) {
		List<Object[]> deletes = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		accountsBySsn.forEach((ssn, account) -> {
			String ssnHash = this.keys.ssn(ssn);
			deletes.add(new Object[] { ssnHash });
			if (account != null) {
				rows.add(new Object[] { ssnHash, RefundAccountHash.of(this.keys, ssnHash, account) });
			}
		});
		ArrayBatch.update(this.jdbc, "delete from refund_account where ssn_hash = any(?)", List.of("text"), deletes);
		ArrayBatch.update(this.jdbc, "insert into refund_account (ssn_hash, account_hash) select * from unnest(?, ?)",
				List.of("text", "text"), rows);
	}

	/** The SSNs among these that have a tax record (reference checks while loading). */
	public Set<Ssn> withRecord(Collection<Ssn> ssns) {
		return this.lookup.existing("tax_record", ssns);
	}

}
