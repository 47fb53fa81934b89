package gov.irs.secureaccess.sources.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import gov.irs.secureaccess.sources.PersonName;
import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.sources.taxrecords.Address;
import gov.irs.secureaccess.sources.taxrecords.FilingStatus;
import gov.irs.secureaccess.sources.taxrecords.RefundAccount;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;
import gov.irs.secureaccess.sources.taxrecords.TaxRecordWriter;

/**
 * {@code tax_records.csv}: one row per SSN, the identity and last filed return, and the
 * refund account if the refund was deposited (REG-14; columns in docs/sources.md).
 */
final class TaxRecordsCsv implements SourceCsvFile {

	static final String FILE = "tax_records.csv";

	private final TaxRecordWriter writer;

	TaxRecordsCsv(TaxRecordWriter writer) {
		this.writer = Objects.requireNonNull(writer, "writer");
	}

	@Override
	public String fileName() {
		return FILE;
	}

	@Override
	public List<String> requiredColumns() {
		return List.of("ssn", "first_name", "last_name", "date_of_birth", "filing_status", "return_year",
				"address_line1", "city", "country", "agi_current_year", "agi_prior_year", "balance_due");
	}

	@Override
	public List<String> optionalColumns() {
		return List.of("middle_name", "suffix", "address_line2", "state", "postal_code", "ip_pin",
				"refund_routing_number", "refund_account_last4");
	}

	@Override
	public int load(List<CsvRow> rows) {
		DuplicateCheck<Ssn> duplicates = new DuplicateCheck<>("ssn");
		List<TaxRecord> records = new ArrayList<>(rows.size());
		Map<Ssn, RefundAccount> refunds = new LinkedHashMap<>();
		for (CsvRow row : rows) {
			Ssn ssn = row.ssn("ssn");
			duplicates.check(ssn, row);
			records.add(toRecord(row, ssn));
			refunds.put(ssn, refundAccount(row));
		}
		this.writer.upsertRecords(records);
		this.writer.replaceRefundAccounts(refunds);
		return records.size();
	}

	/**
	 * REG-14: both refund columns or neither; a row without them has no refund account on
	 * file.
	 */
	private static RefundAccount refundAccount(CsvRow row) {
		String routing = row.optionalText("refund_routing_number");
		String last4 = row.optionalText("refund_account_last4");
		if (routing == null && last4 == null) {
			return null;
		}
		if (routing == null || last4 == null) {
			throw row.fail("refund_routing_number and refund_account_last4 go together: give both or neither");
		}
		return row.build(() -> RefundAccount.of(routing, last4));
	}

	private static TaxRecord toRecord(CsvRow row, Ssn ssn) {
		PersonName name = row.build(() -> new PersonName(row.text("first_name"), row.optionalText("middle_name"),
				row.text("last_name"), row.optionalText("suffix")));
		Address address = row.build(() -> new Address(row.text("address_line1"), row.optionalText("address_line2"),
				row.text("city"), row.optionalText("state"), row.optionalText("postal_code"), row.text("country")));
		var dateOfBirth = row.date("date_of_birth");
		var status = row.enumValue("filing_status", FilingStatus.class);
		int returnYear = row.year("return_year");
		var agiCurrent = row.money("agi_current_year");
		var agiPrior = row.money("agi_prior_year");
		var balance = row.money("balance_due");
		String ipPin = row.optionalText("ip_pin");
		return row.build(() -> new TaxRecord(ssn, name, dateOfBirth, status, address, returnYear, agiCurrent, agiPrior,
				ipPin, balance, List.of()));
	}

}
