package gov.irs.secureaccess.assisted;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import gov.irs.secureaccess.platform.crypto.KeyRing;
import gov.irs.secureaccess.platform.crypto.KeyedHash;
import gov.irs.secureaccess.platform.crypto.TestKeys;
import gov.irs.secureaccess.sources.PersonName;
import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.sources.taxrecords.Address;
import gov.irs.secureaccess.sources.taxrecords.FilingStatus;
import gov.irs.secureaccess.sources.taxrecords.FormType;
import gov.irs.secureaccess.sources.taxrecords.InformationDocument;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * AST-2: questions from the tax record, with the record's answers, a fresh set each time,
 * amounts with tolerance.
 */
class QuestionPoolTest {

	static final TaxRecord RECORD = new TaxRecord(Ssn.parse("666-40-1234"), PersonName.of("Maria", "Lopez"),
			LocalDate.of(1980, 5, 17), FilingStatus.HEAD_OF_HOUSEHOLD,
			new Address("12 Elm Street", null, "Dayton", "OH", "45402-1234", "US"), 2025, new BigDecimal("52310.40"),
			new BigDecimal("49875.00"), null, new BigDecimal("312.15"),
			List.of(new InformationDocument(2025, FormType.W_2, "The Kroger Co.", new BigDecimal("51020.00")),
					new InformationDocument(2025, FormType.FORM_1099_INT, "Ally Bank", new BigDecimal("1290.40")),
					new InformationDocument(2024, FormType.W_2, "The Kroger Co.", new BigDecimal("48600.00"))));

	static final KeyedHash KEYS = new KeyedHash(TestKeys.ring());

	final QuestionPool pool = QuestionPool.of(RECORD, KEYS);

	@Test
	void AST_2_whenThePoolIsMade_thenEachQuestionCarriesTheRecordsAnswer() {
		assertThat(expected("agi.current")).isEqualTo("52310.40");
		assertThat(this.pool.find("agi.current").orElseThrow().arguments()).containsExactly(2025);
		assertThat(expected("agi.prior")).isEqualTo("49875.00");
		assertThat(this.pool.find("agi.prior").orElseThrow().arguments()).containsExactly(2024);
		assertThat(expected("filing-status")).isEqualTo("HEAD_OF_HOUSEHOLD");
		assertThat(this.pool.find("filing-status").orElseThrow().choices()).hasSize(FilingStatus.values().length);
		assertThat(expected("balance")).isEqualTo("312.15");
		assertThat(expected("zip")).isEqualTo("45402");
		assertThat(expected("doc.amount.1")).isEqualTo("1290.40");
		assertThat(this.pool.find("doc.amount.1").orElseThrow().arguments()).containsExactly(2025, "1099-INT",
				"Ally Bank");
		DeskQuestion payer = this.pool.find("doc.payer.1").orElseThrow();
		assertThat(payer.expected()).isEqualTo("Ally Bank");
		assertThat(payer.choices()).hasSize(4).contains("Ally Bank").doesNotContain("The Kroger Co.");
		assertThat(this.pool.all()).hasSize(5 + 2 * 3);
	}

	@Test
	void AST_2_whenAPersonLivesAbroad_thenNoZipQuestionIsMade() {
		TaxRecord abroad = new TaxRecord(RECORD.ssn(), RECORD.name(), RECORD.dateOfBirth(), RECORD.filingStatus(),
				new Address("4 Rue de Rivoli", null, "Paris", null, "75004", "FR"), 2025, RECORD.agiCurrentYear(),
				RECORD.agiPriorYear(), null, RECORD.balanceDue(), List.of());
		assertThat(QuestionPool.of(abroad, KEYS).find("zip")).isEmpty();
		assertThat(QuestionPool.of(abroad, KEYS).draw(new Random(1))).hasSize(QuestionPool.SET_SIZE);
	}

	@Test
	void AST_2_whenSetsAreDrawn_thenEachHasFourDifferentQuestionsWithAnIncomeAndADocumentQuestion() {
		Set<List<String>> seen = new HashSet<>();
		for (int seed = 0; seed < 40; seed++) {
			List<String> set = this.pool.draw(new Random(seed));
			assertThat(set).hasSize(QuestionPool.SET_SIZE).doesNotHaveDuplicates();
			assertThat(set).anyMatch((key) -> key.startsWith("agi."));
			assertThat(set).anyMatch((key) -> key.startsWith("doc."));
			assertThat(set.stream().filter((key) -> key.startsWith("doc.")).count())
				.as("never two questions about one payer's documents")
				.isLessThanOrEqualTo(2);
			seen.add(set);
		}
		assertThat(seen).as("a fresh set each time").hasSizeGreaterThan(10);
	}

	@Test
	void AST_2_whenAmountsAreAnswered_thenRoundingToWholeDollarsIsRightAndMoreThanADollarOffIsWrong() {
		DeskQuestion agi = this.pool.find("agi.current").orElseThrow();
		assertThat(agi.check("52,310")).isEqualTo(DeskQuestion.Check.RIGHT);
		assertThat(agi.check("$52,310.40")).isEqualTo(DeskQuestion.Check.RIGHT);
		assertThat(agi.check("52311")).isEqualTo(DeskQuestion.Check.RIGHT);
		assertThat(agi.check(" 52 310 ")).isEqualTo(DeskQuestion.Check.RIGHT);
		assertThat(agi.check("52312")).isEqualTo(DeskQuestion.Check.WRONG);
		assertThat(agi.check("52,000")).isEqualTo(DeskQuestion.Check.WRONG);
		assertThat(agi.check("")).as("the caller does not know").isEqualTo(DeskQuestion.Check.WRONG);
		assertThat(agi.check("about fifty thousand")).isEqualTo(DeskQuestion.Check.UNREADABLE);
		assertThat(agi.check("-52310")).isEqualTo(DeskQuestion.Check.UNREADABLE);
		assertThat(this.pool.find("balance").orElseThrow().check("312")).isEqualTo(DeskQuestion.Check.RIGHT);
	}

	@Test
	void AST_2_whenZipAndChoicesAreAnswered_thenTheyAreComparedExactly() {
		DeskQuestion zip = this.pool.find("zip").orElseThrow();
		assertThat(zip.check("45402")).isEqualTo(DeskQuestion.Check.RIGHT);
		assertThat(zip.check("45402-9999")).isEqualTo(DeskQuestion.Check.RIGHT);
		assertThat(zip.check("45403")).isEqualTo(DeskQuestion.Check.WRONG);
		assertThat(zip.check("Dayton")).isEqualTo(DeskQuestion.Check.UNREADABLE);
		DeskQuestion status = this.pool.find("filing-status").orElseThrow();
		assertThat(status.check("HEAD_OF_HOUSEHOLD")).isEqualTo(DeskQuestion.Check.RIGHT);
		assertThat(status.check("SINGLE")).isEqualTo(DeskQuestion.Check.WRONG);
		assertThat(status.check("SOMETHING")).isEqualTo(DeskQuestion.Check.UNREADABLE);
	}

	@Test
	void AST_2_whenThePoolIsMadeAgain_thenThePayerChoicesStayTheSame() {
		assertThat(QuestionPool.of(RECORD, KEYS).find("doc.payer.0").orElseThrow().choices())
			.isEqualTo(this.pool.find("doc.payer.0").orElseThrow().choices());
	}

	/**
	 * AST-2 (found by FindSecBugs, PREDICTABLE_RANDOM): the order of a payer question's
	 * choices comes from a keyed hash. Seeded from the SSN alone, a caller who knows the
	 * SSN and this code could recompute which three are the decoys and where the right
	 * payer was put, and answer without knowing the return.
	 */
	@Test
	void AST_2_whenThePayerChoicesAreOrdered_thenTheOrderDependsOnTheServicesSecretKey() {
		Set<List<String>> orders = new HashSet<>();
		for (int fill = 1; fill <= 12; fill++) {
			KeyedHash other = new KeyedHash(new KeyRing(Map.of("k1", TestKeys.key(1)), "k1", TestKeys.key(fill)));
			orders.add(QuestionPool.of(RECORD, other).find("doc.payer.0").orElseThrow().choices());
		}
		assertThat(orders).as("twelve lookup keys, twelve draws of decoys and places").hasSizeGreaterThan(6);
		for (List<String> choices : orders) {
			assertThat(choices).hasSize(4).contains("The Kroger Co.");
		}
	}

	@Test
	void AST_4_whenCaseNumbersAreTyped_thenOnlyTheDocumentedFormIsAccepted() {
		assertThat(CaseNumber.parse(" ehd-00012345 ")).contains(new CaseNumber("EHD-00012345"));
		assertThat(CaseNumber.parse("TAC-00000001")).isPresent();
		assertThat(CaseNumber.parse("")).isEmpty();
		assertThat(CaseNumber.parse(null)).isEmpty();
		assertThat(CaseNumber.parse("EHD-1234")).isEmpty();
		assertThat(CaseNumber.parse("EHD00012345")).isEmpty();
	}

	private String expected(String key) {
		return this.pool.find(key).orElseThrow().expected();
	}

}
