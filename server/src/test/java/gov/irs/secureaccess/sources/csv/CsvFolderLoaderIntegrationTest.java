package gov.irs.secureaccess.sources.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import gov.irs.secureaccess.sources.SourceLoadLog;
import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.sources.creditbureau.AccountCheck;
import gov.irs.secureaccess.sources.creditbureau.AccountCheckResult.Outcome;
import gov.irs.secureaccess.sources.creditbureau.AccountLast8;
import gov.irs.secureaccess.sources.creditbureau.AccountType;
import gov.irs.secureaccess.sources.creditbureau.CreditBureau;
import gov.irs.secureaccess.sources.phonecarrier.PhoneCarrier;
import gov.irs.secureaccess.sources.phonecarrier.PhoneNumber;
import gov.irs.secureaccess.sources.taxrecords.FormType;
import gov.irs.secureaccess.sources.taxrecords.TaxRecordWriter;
import gov.irs.secureaccess.sources.taxrecords.TaxRecords;
import gov.irs.secureaccess.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
class CsvFolderLoaderIntegrationTest {

	private static final String TAX_HEADER = "ssn,first_name,middle_name,last_name,suffix,date_of_birth,filing_status,"
			+ "return_year,address_line1,address_line2,city,state,postal_code,country,agi_current_year,agi_prior_year,"
			+ "ip_pin,balance_due\n";

	@Autowired
	private CsvFolderLoader loader;

	@Autowired
	private TaxRecords taxRecords;

	@Autowired
	private CreditBureau creditBureau;

	@Autowired
	private PhoneCarrier phoneCarrier;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TaxRecordWriter taxRecordWriter;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private SourceLoadLog loadLog;

	@TempDir
	private Path folder;

	@Test
	void whenFolderIsGood_thenEverySourceAnswersForTheNewPeopleAndReloadingDoesNotDuplicate() throws IOException {
		write("tax_records.csv", TAX_HEADER
				+ "999-41-0001,Ana,,Silva,,1980-02-29,MARRIED_FILING_JOINTLY,2025,\"12 Oak St, Apt 3\",,Reno,NV,89501,US,"
				+ "61234,58000.50,123456,0\n"
				+ "999-41-0002,Ken,T,Ito,JR,1975-06-01,SINGLE,2025,Unit 5 Box 10,,FPO,AP,96601,US,40000,39000,,125.75\n");
		write("information_documents.csv", "ssn,tax_year,form_type,payer_name,amount\n"
				+ "999-41-0001,2025,W-2,\"Acme, Inc.\",59000.00\n999-41-0001,2024,1099-INT,Ally Bank,12.34\n");
		// Saved by a spreadsheet: with a byte order mark and CRLF line ends.
		write("credit_files.csv", "\uFEFFssn,frozen\r\n999-41-0001,false\r\n999-41-0002,TRUE\r\n");
		write("credit_accounts.csv",
				"ssn,account_type,card_network,last8\n999-41-0001,CREDIT_CARD,MASTERCARD,87654321\n"
						+ "999-41-0001,CAR_LOAN,,11112222\n");
		write("phone_lines.csv", "phone_number,subscriber_name,line_type,prepaid,business_plan,sms_capable,us_number\n"
				+ "+17755550142,Ana Silva,MOBILE,false,false,true,true\n");

		assertThat(this.loader.load(this.folder)).containsEntry("tax_records.csv", 2)
			.containsEntry("information_documents.csv", 2)
			.containsEntry("phone_lines.csv", 1);
		long documents = count("information_document");
		long accounts = count("credit_account");
		long records = count("tax_record");
		this.loader.load(this.folder);

		assertThat(count("information_document")).isEqualTo(documents);
		assertThat(count("credit_account")).isEqualTo(accounts);
		assertThat(count("tax_record")).isEqualTo(records);
		var ana = this.taxRecords.findBySsn(Ssn.parse("999-41-0001")).orElseThrow();
		assertThat(ana.address().line1()).isEqualTo("12 Oak St, Apt 3");
		assertThat(ana.ipPin()).isEqualTo("123456");
		assertThat(ana.documents()).extracting((d) -> d.formType())
			.containsExactly(FormType.W_2, FormType.FORM_1099_INT);
		assertThat(this.taxRecords.findBySsn(Ssn.parse("999-41-0002")).orElseThrow().name().suffix()).isEqualTo("JR");
		assertThat(this.creditBureau
			.check(new AccountCheck(Ssn.parse("999-41-0001"), AccountType.CREDIT_CARD, AccountLast8.of("87654321"),
					"test"))
			.outcome()).isEqualTo(Outcome.MATCH);
		assertThat(this.creditBureau
			.check(new AccountCheck(Ssn.parse("999-41-0002"), AccountType.CREDIT_CARD, AccountLast8.of("87654321"),
					"test"))
			.outcome()).isEqualTo(Outcome.FROZEN);
		assertThat(this.phoneCarrier.lookup(PhoneNumber.of("+17755550142"))).isPresent();
	}

	// DATA-3: the error names file, line and reason, never the SSN; nothing of the
	// refused file stays.
	@Test
	void whenOneRowIsBad_thenTheWholeFileIsRefusedAndAGoodFileBesideItStillLoads() throws IOException {
		write("tax_records.csv",
				TAX_HEADER + "999-42-0001,Bea,,Stone,,1970-01-01,SINGLE,2025,1 Main St,,Austin,TX,78701,US,1,1,,0\n"
						+ "123-45-6789,Cal,,Reed,,1970-01-01,SINGLE,2025,2 Main St,,Austin,TX,78701,US,1,1,,0\n");
		write("phone_lines.csv", "phone_number,subscriber_name,line_type,prepaid,business_plan,sms_capable,us_number\n"
				+ "+17755550143,Bea Stone,LANDLINE,false,false,false,true\n");
		long before = count("tax_record");

		assertThatExceptionOfType(SourceLoadException.class).isThrownBy(() -> this.loader.load(this.folder))
			.satisfies((ex) -> assertThat(ex.problems())
				.containsExactly("tax_records.csv line 3: ssn is not in a never-issued range (area 666 or 900-999)"))
			.withMessageNotContaining("123-45-6789")
			.withMessageNotContaining("Reed");

		assertThat(count("tax_record")).isEqualTo(before);
		assertThat(this.taxRecords.findBySsn(Ssn.parse("999-42-0001"))).isEmpty();
		assertThat(this.phoneCarrier.lookup(PhoneNumber.of("+17755550143"))).isPresent();
	}

	// A failure after some rows were written (here: a file whose last step fails) rolls
	// the whole file back.
	@Test
	void whenAFileFailsAfterWritingSomeRows_thenItsTransactionLeavesNothingBehind() throws IOException {
		write("tax_records.csv",
				TAX_HEADER + "999-47-0001,Flo,,Park,,1970-01-01,SINGLE,2025,1 Main St,,Austin,TX,78701,US,1,1,,0\n");
		TaxRecordsCsv real = new TaxRecordsCsv(this.taxRecordWriter);
		SourceCsvFile failingLate = new SourceCsvFile() {

			@Override
			public String fileName() {
				return real.fileName();
			}

			@Override
			public List<String> requiredColumns() {
				return real.requiredColumns();
			}

			@Override
			public List<String> optionalColumns() {
				return real.optionalColumns();
			}

			@Override
			public int load(List<CsvRow> rows) {
				real.load(rows);
				throw rows.get(0).fail("failed after writing");
			}

		};
		long before = count("tax_record");
		CsvFolderLoader loader = new CsvFolderLoader(List.of(failingLate), this.transactions, this.loadLog);

		assertThatExceptionOfType(SourceLoadException.class).isThrownBy(() -> loader.load(this.folder))
			.satisfies(
					(ex) -> assertThat(ex.problems()).containsExactly("tax_records.csv line 2: failed after writing"));
		assertThat(count("tax_record")).isEqualTo(before);
		assertThat(this.taxRecords.findBySsn(Ssn.parse("999-47-0001"))).isEmpty();
	}

	@Test
	void whenDocumentsReferToAnUnknownSsn_thenTheFileIsRefusedWithItsLine() throws IOException {
		write("information_documents.csv", "ssn,tax_year,form_type,payer_name,amount\n"
				+ "666-01-0001,2025,1099-NEC,Uber Technologies Inc.,100.00\n" + "999-43-0001,2025,W-2,Acme,100.00\n");
		long before = count("information_document");

		assertThat(problems())
			.containsExactly("information_documents.csv line 3: ssn has no tax record (add it to tax_records.csv)");
		assertThat(count("information_document")).isEqualTo(before);
	}

	@Test
	void whenKeysRepeatOrValuesAreIllFormed_thenEachFileNamesLineAndReasonWithoutTheValue() throws IOException {
		write("credit_files.csv", "ssn,frozen\n999-44-0001,false\n\n999-44-0001,true\n");
		write("credit_accounts.csv", "ssn,account_type,card_network,last8\n666-01-0001,CREDIT_CARD,VISA,4112\n");
		write("phone_lines.csv", "phone_number,subscriber_name,line_type,prepaid,business_plan,sms_capable,us_number\n"
				+ "+17755550144,Dee Fox,PAGER,false,false,true,true\n");
		write("information_documents.csv",
				"ssn,tax_year,form_type,payer_name,amount\n" + "666-01-0001,2025,W-2,\"Acme\n Holdings\",\"1,000\"\n");

		assertThat(problems()).containsExactly(
				"information_documents.csv line 2: amount must be an amount in dollars, digits with at most two "
						+ "decimals (no $ or commas)",
				"credit_files.csv line 4: duplicate ssn (same as line 2)",
				"credit_accounts.csv line 2: last 8 digits must be exactly 8 digits",
				"phone_lines.csv line 2: line_type must be one of [MOBILE, LANDLINE, VOIP]");
	}

	@Test
	void whenHeaderOrQuotingIsWrong_thenLineIsGiven() throws IOException {
		write("credit_files.csv", "ssn,freeze\n999-45-0001,false\n");
		write("phone_lines.csv",
				"phone_number,subscriber_name,line_type,prepaid,business_plan,sms_capable,us_number\n"
						+ "+17755550145,Eve Fox,MOBILE,false,false,true,true\n"
						+ "+17755550146,\"Eve \"Fox\",MOBILE,false,false,true,true\n");
		write("tax_record.csv", "ssn\n");

		assertThat(problems()).containsExactly(
				"tax_record.csv: not a source file (known: credit_accounts.csv, credit_files.csv, "
						+ "information_documents.csv, phone_lines.csv, tax_records.csv)",
				"credit_files.csv line 1: header lacks required column frozen",
				"phone_lines.csv line 3: malformed CSV (a quote is not closed, or text follows a closing quote)");
		assertThat(this.phoneCarrier.lookup(PhoneNumber.of("+17755550145"))).isEmpty();
	}

	@Test
	void whenTheDocumentedExampleFolderIsLoaded_thenEveryFileLoads() {
		assertThat(this.loader.load(Path.of("..", "docs", "sources-example"))).containsEntry("tax_records.csv", 3)
			.containsEntry("information_documents.csv", 5)
			.containsEntry("credit_files.csv", 3)
			.containsEntry("credit_accounts.csv", 5)
			.containsEntry("phone_lines.csv", 3);
		assertThat(this.taxRecords.findBySsn(Ssn.parse("999-50-0003")).orElseThrow().address().postalCode())
			.isEqualTo("H3B 1A5");
	}

	@Test
	void whenFolderIsMissing_thenRefused() {
		assertThatExceptionOfType(SourceLoadException.class)
			.isThrownBy(() -> this.loader.load(this.folder.resolve("absent")))
			.withMessageContaining("does not exist");
	}

	private List<String> problems() {
		try {
			this.loader.load(this.folder);
		}
		catch (SourceLoadException ex) {
			return ex.problems();
		}
		throw new AssertionError("the folder was expected to be refused");
	}

	private void write(String name, String content) throws IOException {
		Files.writeString(this.folder.resolve(name), content, StandardCharsets.UTF_8);
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
