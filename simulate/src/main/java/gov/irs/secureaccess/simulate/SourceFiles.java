package gov.irs.secureaccess.simulate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

import gov.irs.secureaccess.accounts.legacy.LegacyPasswordScheme;
import gov.irs.secureaccess.sources.taxrecords.Address;
import gov.irs.secureaccess.sources.taxrecords.InformationDocument;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the population as the service's source files (docs/sources.md:
 * {@code tax_records.csv}, {@code information_documents.csv}, {@code credit_files.csv},
 * {@code credit_accounts.csv}, {@code phone_lines.csv}) and the e-Services extract
 * ({@code legacy.csv}, README "Legacy e-Services accounts"), which the service loads at
 * start-up with {@code secure-access.sources.csv-dir} and
 * {@code secure-access.legacy.import}.
 */
final class SourceFiles {

	static final String LEGACY_FILE = "legacy.csv";

	/**
	 * The legacy scheme's cost in the extract: what the old system used is not ours to
	 * choose; kept low.
	 */
	private static final int LEGACY_ITERATIONS = 1000;

	private SourceFiles() {
	}

	static void write(Population population, Population.Capabilities capabilities, Path sources, Path legacy)
			throws IOException {
		Files.createDirectories(sources);
		List<String> taxColumns = new ArrayList<>(List.of("ssn", "first_name", "middle_name", "last_name", "suffix",
				"date_of_birth", "filing_status", "return_year", "address_line1", "address_line2", "city", "state",
				"postal_code", "country", "agi_current_year", "agi_prior_year", "ip_pin", "balance_due"));
		if (capabilities.refundAccounts()) {
			taxColumns.addAll(List.of("refund_routing_number", "refund_account_last4"));
		}
		try (CSVPrinter tax = printer(sources.resolve("tax_records.csv"), taxColumns);
				CSVPrinter documents = printer(sources.resolve("information_documents.csv"),
						List.of("ssn", "tax_year", "form_type", "payer_name", "amount"));
				CSVPrinter files = printer(sources.resolve("credit_files.csv"), List.of("ssn", "frozen"));
				CSVPrinter accounts = printer(sources.resolve("credit_accounts.csv"),
						List.of("ssn", "account_type", "card_network", "last8"))) {
			for (Person person : population.everyone) {
				TaxRecord record = person.record;
				Address address = record.address();
				List<Object> row = new ArrayList<>(List.of(record.ssn().formatted(), record.name().first(),
						orEmpty(record.name().middle()), record.name().last(), orEmpty(record.name().suffix()),
						record.dateOfBirth(), record.filingStatus().name(), record.returnYear(), address.line1(),
						orEmpty(address.line2()), address.city(), orEmpty(address.state()),
						orEmpty(address.postalCode()), address.country(), record.agiCurrentYear().toPlainString(),
						record.agiPriorYear().toPlainString(), orEmpty(record.ipPin()),
						record.balanceDue().toPlainString()));
				if (capabilities.refundAccounts()) {
					row.add((person.refund != null) ? person.refund.routingNumber() : "");
					row.add((person.refund != null) ? person.refund.last4() : "");
				}
				tax.printRecord(row);
				for (InformationDocument document : record.documents()) {
					documents.printRecord(record.ssn().formatted(), document.taxYear(), document.formType().label(),
							document.payerName(), document.amount().toPlainString());
				}
				if (person.creditFile) {
					files.printRecord(record.ssn().formatted(), person.frozen);
					for (Person.Account account : person.accounts) {
						if (!capabilities.studentLoans() && account.type().equals("STUDENT_LOAN")) {
							continue;
						}
						accounts.printRecord(record.ssn().formatted(), account.type(), orEmpty(account.network()),
								account.last8());
					}
				}
			}
		}
		List<String> phoneColumns = new ArrayList<>(List.of("phone_number", "subscriber_name", "line_type", "prepaid",
				"business_plan", "sms_capable", "us_number"));
		if (capabilities.simChanges()) {
			phoneColumns.addAll(List.of("sim_changed_at", "ported_at", "subscriber_since"));
		}
		try (CSVPrinter phones = printer(sources.resolve("phone_lines.csv"), phoneColumns)) {
			List<Person.Phone> lines = new ArrayList<>(population.otherLines);
			for (Person person : population.everyone) {
				if (person.mobile != null) {
					lines.add(person.mobile);
				}
				if (person.landline != null) {
					lines.add(person.landline);
				}
			}
			for (Person.Phone line : lines) {
				List<Object> row = new ArrayList<>(List.of(line.e164(), line.subscriberName(), line.lineType(),
						line.prepaid(), false, line.isMobile(), true));
				if (capabilities.simChanges()) {
					row.add((line.simChangedAt() != null) ? line.simChangedAt().toString() : "");
					row.add("");
					row.add((line.subscriberSince() != null) ? line.subscriberSince().toString() : "");
				}
				phones.printRecord(row);
			}
		}
		SecureRandom salts = new SecureRandom();
		try (CSVPrinter extract = printer(legacy,
				List.of("username", "password_hash", "first_name", "last_name", "ssn", "email"))) {
			for (Person person : population.everyone) {
				if (person.isEServicesUser()) {
					byte[] salt = new byte[16];
					salts.nextBytes(salt);
					extract.printRecord(person.eServicesUsername,
							LegacyPasswordScheme.hash(Passwords.eServices(person), salt, LEGACY_ITERATIONS),
							person.record.name().first(), person.record.name().last(), person.record.ssn().formatted(),
							person.email);
				}
			}
		}
	}

	private static CSVPrinter printer(Path file, List<String> header) throws IOException {
		Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		return new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

}
