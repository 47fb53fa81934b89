package gov.irs.secureaccess.sources.taxrecords;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import gov.irs.secureaccess.platform.crypto.SealedJson;
import gov.irs.secureaccess.sources.SourceKeys;
import gov.irs.secureaccess.sources.Ssn;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded reference tax records: rows found by the keyed hash of the SSN, PII opened from sealed payloads. */
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
			.query((rs, row) -> this.sealed.open(rs.getString("payload_sealed"), TaxRecordPayload.CONTEXT,
					TaxRecordPayload.class)
				.toRecord(ssn, FilingStatus.valueOf(rs.getString("filing_status")), rs.getInt("return_year"),
						documents(ssnHash)))
			.optional();
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
