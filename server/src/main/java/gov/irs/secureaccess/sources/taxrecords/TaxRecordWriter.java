package gov.irs.secureaccess.sources.taxrecords;

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
import gov.irs.secureaccess.sources.SealedJson;
import gov.irs.secureaccess.sources.SourceKeys;
import gov.irs.secureaccess.sources.Ssn;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills the tax record tables in batches (generator and CSV loader). Call inside the caller's transaction.
 */
public final class TaxRecordWriter {

	private static final int BATCH = 1000;

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

	/** Inserts or replaces the identity and return of each record; its documents are left as they are. */
	public void upsertRecords(Collection<TaxRecord> records) {
		List<Object[]> rows = new ArrayList<>(records.size());
		for (TaxRecord record : records) {
			rows.add(new Object[] { this.keys.ssn(record.ssn()), record.filingStatus().name(), record.returnYear(),
					this.sealed.seal(TaxRecordPayload.of(record), TaxRecordPayload.CONTEXT) });
		}
		this.jdbc.batchUpdate("""
				insert into tax_record (ssn_hash, filing_status, return_year, payload_sealed) values (?, ?, ?, ?)
				on conflict (ssn_hash) do update set filing_status = excluded.filing_status,
				return_year = excluded.return_year, payload_sealed = excluded.payload_sealed""", rows, BATCH,
				(ps, row) -> setAll(ps, row));
	}

	/** For each SSN given, its documents become exactly the ones given (so loading twice does not duplicate). */
	public void replaceDocuments(Map<Ssn, List<InformationDocument>> documentsBySsn) {
		Map<String, List<InformationDocument>> byHash = new LinkedHashMap<>();
		documentsBySsn.forEach((ssn, documents) -> byHash.put(this.keys.ssn(ssn), documents));
		List<Object[]> deletes = byHash.keySet().stream().map((hash) -> new Object[] { hash }).toList();
		this.jdbc.batchUpdate("delete from information_document where ssn_hash = ?", deletes, BATCH,
				(ps, row) -> setAll(ps, row));
		List<Object[]> rows = new ArrayList<>();
		byHash.forEach((hash, documents) -> {
			for (InformationDocument document : documents) {
				rows.add(new Object[] { hash, document.taxYear(), document.formType().name(),
						this.sealed.seal(DocumentPayload.of(document), DocumentPayload.CONTEXT) });
			}
		});
		this.jdbc.batchUpdate(
				"insert into information_document (ssn_hash, tax_year, form_type, payload_sealed) values (?, ?, ?, ?)",
				rows, BATCH, (ps, row) -> setAll(ps, row));
	}

	/** The SSNs among these that have a tax record (reference checks while loading). */
	public Set<Ssn> withRecord(Collection<Ssn> ssns) {
		return this.lookup.existing("tax_record", ssns);
	}

	private static void setAll(PreparedStatement ps, Object[] row) throws SQLException {
		for (int i = 0; i < row.length; i++) {
			ps.setObject(i + 1, row[i]);
		}
	}

}
