package gov.irs.secureaccess.sources.csv;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import gov.irs.secureaccess.sources.phonecarrier.LineType;
import gov.irs.secureaccess.sources.phonecarrier.PhoneLine;
import gov.irs.secureaccess.sources.phonecarrier.PhoneLineWriter;
import gov.irs.secureaccess.sources.phonecarrier.PhoneNumber;

/**
 * {@code phone_lines.csv}: one row per phone number the carrier knows, with its last SIM
 * change and port (REG-13).
 */
final class PhoneLinesCsv implements SourceCsvFile {

	static final String FILE = "phone_lines.csv";

	private final PhoneLineWriter writer;

	PhoneLinesCsv(PhoneLineWriter writer) {
		this.writer = Objects.requireNonNull(writer, "writer");
	}

	@Override
	public String fileName() {
		return FILE;
	}

	@Override
	public List<String> requiredColumns() {
		return List.of("phone_number", "subscriber_name", "line_type", "prepaid", "business_plan", "sms_capable",
				"us_number");
	}

	@Override
	public List<String> optionalColumns() {
		return List.of("sim_changed_at", "ported_at", "subscriber_since");
	}

	@Override
	public int load(List<CsvRow> rows) {
		DuplicateCheck<PhoneNumber> duplicates = new DuplicateCheck<>("phone_number");
		List<PhoneLine> lines = new ArrayList<>(rows.size());
		for (CsvRow row : rows) {
			PhoneNumber number = row.parse("phone_number", PhoneNumber::of);
			duplicates.check(number, row);
			LineType type = row.enumValue("line_type", LineType.class);
			boolean prepaid = row.bool("prepaid");
			boolean business = row.bool("business_plan");
			boolean sms = row.bool("sms_capable");
			boolean us = row.bool("us_number");
			Instant simChanged = row.optionalInstant("sim_changed_at");
			Instant ported = row.optionalInstant("ported_at");
			Instant since = row.optionalInstant("subscriber_since");
			lines.add(row.build(() -> new PhoneLine(number, row.text("subscriber_name"), type, prepaid, business, sms,
					us, simChanged, ported, since)));
		}
		this.writer.upsertLines(lines);
		return lines.size();
	}

}
