package gov.irs.secureaccess.sources.taxrecords;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import gov.irs.secureaccess.platform.crypto.SealedJson;
import gov.irs.secureaccess.sources.PersonName;
import gov.irs.secureaccess.sources.SourceKeys;
import gov.irs.secureaccess.sources.Ssn;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded reference tax records: rows found by the keyed hash of the SSN, PII opened
 * from sealed payloads.
 */
public final class JdbcTaxRecords implements TaxRecords {

	private final JdbcClient jdbc;

	private final SourceKeys keys;

	private final SealedJson sealed;

	public JdbcTaxRecords(JdbcClient jdbc, SourceKeys keys, SealedJson sealed) {
		this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
		this.keys = Objects.requireNonNull(keys, "keys");
		this.sealed = Objects.requireNonNull(sealed, "sealed");
	}

	@Override
	public Optional<TaxRecord> findBySsn(Ssn ssn) {
		String ssnHash = this.keys.ssn(ssn);
		return this.jdbc
			.sql("select filing_status, return_year, payload_sealed from tax_record where ssn_hash = :ssnHash")
			.param("ssnHash", ssnHash)
			.query((rs, row) -> this.sealed
				.open(rs.getString("payload_sealed"), TaxRecordPayload.CONTEXT, TaxRecordPayload.class)
				.toRecord(ssn, FilingStatus.valueOf(rs.getString("filing_status")), rs.getInt("return_year"),
						documents(ssnHash)))
			.optional();
	}

	@Override
	public boolean refundAccountMatches(Ssn ssn, RefundAccount account) {
		String ssnHash = this.keys.ssn(ssn);
		return this.jdbc.sql("select account_hash from refund_account where ssn_hash = :ssnHash")
			.param("ssnHash", ssnHash)
			.query(String.class)
			.optional()
			.filter((stored) -> this.keys.keyedHash()
				.matches(RefundAccountHash.PURPOSE, RefundAccountHash.input(ssnHash, account), stored))
			.isPresent();
	}

	@Override
	public boolean hasRefundAccount(Ssn ssn) {
		return this.jdbc.sql("select count(*) from refund_account where ssn_hash = :ssnHash")
			.param("ssnHash", this.keys.ssn(ssn))
			.query(Long.class)
			.single() > 0;
	}

	@Override
	public Map<Ssn, PersonName> namesBySsn(Collection<Ssn> ssns) {
		Map<String, Ssn> byHash = new HashMap<>();
		for (Ssn ssn : ssns) {
			byHash.put(this.keys.ssn(ssn), ssn);
		}
		Map<Ssn, PersonName> names = new HashMap<>();
		List<String> hashes = List.copyOf(byHash.keySet());
		for (int from = 0; from < hashes.size(); from += 1000) {
			List<String> chunk = hashes.subList(from, Math.min(hashes.size(), from + 1000));
			this.jdbc.sql("select ssn_hash, payload_sealed from tax_record where ssn_hash in (:hashes)")
				.param("hashes", chunk)
				.query((rs, row) -> {
					TaxRecordPayload payload = this.sealed.open(rs.getString("payload_sealed"),
							TaxRecordPayload.CONTEXT, TaxRecordPayload.class);
					names.put(byHash.get(rs.getString("ssn_hash")),
							new PersonName(payload.first(), payload.middle(), payload.last(), payload.suffix()));
					return null;
				})
				.list();
		}
		return names;
	}

	private List<InformationDocument> documents(String ssnHash) {
		return this.jdbc.sql("""
				select tax_year, form_type, payload_sealed from information_document
				where ssn_hash = :ssnHash order by tax_year desc, id""")
			.param("ssnHash", ssnHash)
			.query((rs, row) -> this.sealed
				.open(rs.getString("payload_sealed"), DocumentPayload.CONTEXT, DocumentPayload.class)
				.toDocument(rs.getInt("tax_year"), FormType.valueOf(rs.getString("form_type"))))
			.list();
	}

}
