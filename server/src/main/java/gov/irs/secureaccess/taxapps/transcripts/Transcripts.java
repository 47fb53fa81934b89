package gov.irs.secureaccess.taxapps.transcripts;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.sources.taxrecords.FormType;
import gov.irs.secureaccess.sources.taxrecords.InformationDocument;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;
import gov.irs.secureaccess.sources.taxrecords.TaxRecords;
import gov.irs.secureaccess.taxapps.NotOnFileException;

import org.springframework.stereotype.Service;

/**
 * Get Transcript Online (FED-1): account and return transcripts of the tax years the tax
 * record holds (the last filed return's year and the year before), built from the record
 * and its information documents, personal data masked as on the IRS's transcripts. The
 * record keeps one filing status and address: the prior year's transcript shows the same
 * ones.
 */
@Service
public class Transcripts {

	private static final Map<FormType, String> INCOME_LINES = new EnumMap<>(FormType.class);

	static {
		INCOME_LINES.put(FormType.W_2, "Wages, salaries, tips");
		INCOME_LINES.put(FormType.FORM_1099_INT, "Taxable interest");
		INCOME_LINES.put(FormType.FORM_1099_DIV, "Ordinary dividends");
		INCOME_LINES.put(FormType.FORM_1099_R, "Pensions and annuities");
		INCOME_LINES.put(FormType.SSA_1099, "Social Security benefits");
		INCOME_LINES.put(FormType.FORM_1099_NEC, "Business income (Schedule C)");
		INCOME_LINES.put(FormType.FORM_1099_MISC, "Other income");
		INCOME_LINES.put(FormType.FORM_1099_G, "Unemployment compensation");
		INCOME_LINES.put(FormType.FORM_1099_K, "Business income (Schedule C)");
		INCOME_LINES.put(FormType.FORM_1099_B, "Capital gain or loss");
	}

	private final TaxRecords taxRecords;

	private final Clock clock;

	Transcripts(TaxRecords taxRecords, Clock clock) {
		this.taxRecords = Objects.requireNonNull(taxRecords, "taxRecords");
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	/**
	 * The tax years with a transcript, newest first (empty when no return is on file).
	 */
	public List<Integer> years(Ssn ssn) {
		return this.taxRecords.findBySsn(ssn)
			.map((record) -> List.of(record.returnYear(), record.returnYear() - 1))
			.orElse(List.of());
	}

	/**
	 * The return transcript of the person's return for the year.
	 * @throws NotOnFileException when no return is on file or the year has none
	 */
	public ReturnTranscript returnTranscript(Ssn ssn, int taxYear) {
		TaxRecord record = recordFor(ssn, taxYear);
		List<IncomeLine> income = new ArrayList<>();
		Map<String, BigDecimal> sums = new LinkedHashMap<>();
		List<PayerLine> payers = new ArrayList<>();
		for (InformationDocument document : documentsOf(record, taxYear)) {
			sums.merge(INCOME_LINES.get(document.formType()), document.amount(), BigDecimal::add);
			payers.add(
					new PayerLine(document.formType().label(), Masking.payer(document.payerName()), document.amount()));
		}
		sums.forEach((line, amount) -> income.add(new IncomeLine(line, amount)));
		return new ReturnTranscript(taxYear, "1040", Masking.ssn(ssn), Masking.name(record.name()),
				Masking.street(record.address().line1()), Masking.place(record.address()), words(record), income,
				agiOf(record, taxYear), payers);
	}

	/**
	 * The account transcript of the person for the year.
	 * @throws NotOnFileException when no return is on file or the year has none
	 */
	public AccountTranscript accountTranscript(Ssn ssn, int taxYear) {
		TaxRecord record = recordFor(ssn, taxYear);
		BigDecimal balance = (taxYear == record.returnYear()) ? record.balanceDue() : BigDecimal.ZERO.setScale(2);
		List<AccountTranscript.Transaction> transactions = List
			.of(new AccountTranscript.Transaction("150", "Tax return filed", filedOn(ssn, taxYear), balance));
		return new AccountTranscript(taxYear, Masking.ssn(ssn), Masking.name(record.name()), words(record),
				agiOf(record, taxYear), transactions, balance, LocalDate.now(this.clock));
	}

	private TaxRecord recordFor(Ssn ssn, int taxYear) {
		TaxRecord record = this.taxRecords.findBySsn(ssn)
			.orElseThrow(() -> new NotOnFileException("No return is on file for you."));
		if (taxYear != record.returnYear() && taxYear != record.returnYear() - 1) {
			throw new NotOnFileException("No transcript is available for tax year " + taxYear + ".");
		}
		return record;
	}

	private static List<InformationDocument> documentsOf(TaxRecord record, int taxYear) {
		return record.documents().stream().filter((document) -> document.taxYear() == taxYear).toList();
	}

	private static BigDecimal agiOf(TaxRecord record, int taxYear) {
		return (taxYear == record.returnYear()) ? record.agiCurrentYear() : record.agiPriorYear();
	}

	private static String words(TaxRecord record) {
		String name = record.filingStatus().name().replace('_', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	/**
	 * A filing date in the season after the tax year, the same for a person and year
	 * every time.
	 */
	private static LocalDate filedOn(Ssn ssn, int taxYear) {
		int serial = Integer.parseInt(ssn.formatted().substring(7));
		return LocalDate.of(taxYear + 1, 2, 1).plusDays((serial * 7L + taxYear) % 70);
	}

}
