package gov.irs.secureaccess.taxapps;

import java.math.BigDecimal;
import java.util.List;

import gov.irs.secureaccess.registration.TestPeople;
import gov.irs.secureaccess.sources.SourcesProperties;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;
import gov.irs.secureaccess.sources.taxrecords.FormType;
import gov.irs.secureaccess.sources.taxrecords.InformationDocument;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;
import gov.irs.secureaccess.support.IntegrationTest;
import gov.irs.secureaccess.support.TestSsns;
import gov.irs.secureaccess.taxapps.transcripts.AccountTranscript;
import gov.irs.secureaccess.taxapps.transcripts.IncomeLine;
import gov.irs.secureaccess.taxapps.transcripts.ReturnTranscript;
import gov.irs.secureaccess.taxapps.transcripts.Transcripts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * FED-1 Get Transcript Online: transcripts built from the tax record, personal data
 * masked.
 */
@IntegrationTest
class TranscriptsTest {

	@Autowired
	Transcripts transcripts;

	@Autowired
	SourcesProperties sources;

	@Test
	void FED_1_whenReturnTranscriptAsked_thenItShowsTheRecordsFiguresWithPersonalDataMasked() {
		SyntheticPerson olivia = new TestPeople(this.sources).demo(1);
		TaxRecord record = olivia.taxRecord();

		ReturnTranscript transcript = this.transcripts.returnTranscript(record.ssn(), record.returnYear());

		assertThat(transcript.ssn()).isEqualTo("XXX-XX-0001");
		assertThat(transcript.name()).isEqualTo("OLIVXX BENNXXX");
		assertThat(transcript.street()).isEqualTo("1450 MXXXX XXX");
		assertThat(transcript.place()).isEqualTo("Columbus, OH 43215");
		assertThat(transcript.filingStatus()).isEqualTo("Single");
		assertThat(transcript.adjustedGrossIncome()).isEqualByComparingTo(record.agiCurrentYear());
		BigDecimal wages = sum(record, record.returnYear(), FormType.W_2);
		assertThat(transcript.income()).contains(new IncomeLine("Wages, salaries, tips", wages));
		assertThat(transcript.documents())
			.allSatisfy((payer) -> assertThat(payer.payer()).matches("[^a-z]{0,4}[X &]*"));
		assertThat(transcript.toString()).doesNotContain("Bennett").doesNotContain("666-01-0001");
	}

	@Test
	void FED_1_whenPriorYearAsked_thenItHasThePriorAgiAndNoOlderYearExists() {
		TaxRecord record = new TestPeople(this.sources).demo(1).taxRecord();

		assertThat(this.transcripts.years(record.ssn())).containsExactly(record.returnYear(), record.returnYear() - 1);
		assertThat(this.transcripts.returnTranscript(record.ssn(), record.returnYear() - 1).adjustedGrossIncome())
			.isEqualByComparingTo(record.agiPriorYear());
		assertThatThrownBy(() -> this.transcripts.returnTranscript(record.ssn(), record.returnYear() - 2))
			.isInstanceOf(NotOnFileException.class);
	}

	@Test
	void FED_1_whenAccountTranscriptAsked_thenItCarriesTheBalanceOfTheReturnYearOnly() {
		TaxRecord record = new TestPeople(this.sources).demo(1).taxRecord();

		AccountTranscript current = this.transcripts.accountTranscript(record.ssn(), record.returnYear());
		AccountTranscript prior = this.transcripts.accountTranscript(record.ssn(), record.returnYear() - 1);

		assertThat(current.accountBalance()).isEqualByComparingTo("2418.50");
		assertThat(current.transactions()).extracting(AccountTranscript.Transaction::code).containsExactly("150");
		assertThat(current.transactions().get(0).date().getYear()).isEqualTo(record.returnYear() + 1);
		assertThat(prior.accountBalance()).isEqualByComparingTo("0");
		assertThat(this.transcripts.accountTranscript(record.ssn(), record.returnYear())).as("the same every time")
			.isEqualTo(current);
	}

	@Test
	void FED_1_whenNoReturnIsOnFile_thenNotOnFile() {
		var stranger = TestSsns.next();

		assertThat(this.transcripts.years(stranger)).isEmpty();
		assertThatThrownBy(() -> this.transcripts.returnTranscript(stranger, 2025))
			.isInstanceOf(NotOnFileException.class);
		assertThatThrownBy(() -> this.transcripts.accountTranscript(stranger, 2025))
			.isInstanceOf(NotOnFileException.class);
	}

	private static BigDecimal sum(TaxRecord record, int year, FormType type) {
		List<InformationDocument> documents = record.documents()
			.stream()
			.filter((d) -> d.taxYear() == year && d.formType() == type)
			.toList();
		return documents.stream().map(InformationDocument::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
