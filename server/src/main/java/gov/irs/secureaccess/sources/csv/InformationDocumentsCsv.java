package gov.irs.secureaccess.sources.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.sources.taxrecords.FormType;
import gov.irs.secureaccess.sources.taxrecords.InformationDocument;
import gov.irs.secureaccess.sources.taxrecords.TaxRecordWriter;

/**
 * {@code information_documents.csv}: one row per W-2 or 1099. Each SSN must have a tax
 * record (loaded before, or from {@code tax_records.csv} in the same folder); the
 * documents of every SSN in the file replace its former ones.
 */
final class InformationDocumentsCsv implements SourceCsvFile {

	static final String FILE = "information_documents.csv";

	private final TaxRecordWriter writer;

	InformationDocumentsCsv(TaxRecordWriter writer) {
		this.writer = Objects.requireNonNull(writer, "writer");
	}

	@Override
	public String fileName() {
		return FILE;
	}

	@Override
	public List<String> requiredColumns() {
		return List.of("ssn", "tax_year", "form_type", "payer_name", "amount");
	}

	@Override
	public List<String> optionalColumns() {
		return List.of();
	}

	@Override
	public int load(List<CsvRow> rows) {
		Map<Ssn, List<InformationDocument>> bySsn = new LinkedHashMap<>();
		Map<Ssn, CsvRow> firstRow = new LinkedHashMap<>();
		for (CsvRow row : rows) {
			Ssn ssn = row.ssn("ssn");
			int taxYear = row.year("tax_year");
			FormType formType = row.parse("form_type", FormType::fromLabel);
			var amount = row.money("amount");
			InformationDocument document = row
				.build(() -> new InformationDocument(taxYear, formType, row.text("payer_name"), amount));
			bySsn.computeIfAbsent(ssn, (key) -> new ArrayList<>()).add(document);
			firstRow.putIfAbsent(ssn, row);
		}
		Set<Ssn> known = this.writer.withRecord(bySsn.keySet());
		firstRow.forEach((ssn, row) -> {
			if (!known.contains(ssn)) {
				throw row.fail("ssn has no tax record (add it to " + TaxRecordsCsv.FILE + ")");
			}
		});
		this.writer.replaceDocuments(bySsn);
		return rows.size();
	}

}
