package gov.irs.secureaccess.sources;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import gov.irs.secureaccess.sources.creditbureau.AccountCheck;
import gov.irs.secureaccess.sources.creditbureau.AccountCheckResult;
import gov.irs.secureaccess.sources.creditbureau.AccountCheckResult.Outcome;
import gov.irs.secureaccess.sources.creditbureau.AccountLast8;
import gov.irs.secureaccess.sources.creditbureau.AccountType;
import gov.irs.secureaccess.sources.creditbureau.CardNetwork;
import gov.irs.secureaccess.sources.creditbureau.CreditBureau;
import gov.irs.secureaccess.sources.creditbureau.SoftInquiry;
import gov.irs.secureaccess.sources.generator.DemoPeople;
import gov.irs.secureaccess.sources.generator.DemoPerson;
import gov.irs.secureaccess.sources.generator.HardCase;
import gov.irs.secureaccess.sources.phonecarrier.LineType;
import gov.irs.secureaccess.sources.phonecarrier.PhoneCarrier;
import gov.irs.secureaccess.sources.phonecarrier.PhoneLine;
import gov.irs.secureaccess.sources.phonecarrier.PhoneNumber;
import gov.irs.secureaccess.sources.taxrecords.TaxRecords;
import gov.irs.secureaccess.support.IntegrationTest;
import gov.irs.secureaccess.support.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SourcePortsIntegrationTest {

	private static final String REQUESTER = "IRS Secure Access";

	@Autowired
	private TaxRecords taxRecords;

	@Autowired
	private CreditBureau creditBureau;

	@Autowired
	private PhoneCarrier phoneCarrier;

	@Autowired
	private MutableClock clock;

	@Test
	void whenSsnHasATaxRecord_thenTheWholeRecordComesBack() {
		DemoPerson happy = demo(null);
		assertThat(this.taxRecords.findBySsn(happy.person().taxRecord().ssn())).contains(happy.person().taxRecord());
		DemoPerson military = demo(HardCase.MILITARY);
		assertThat(this.taxRecords.findBySsn(military.person().taxRecord().ssn())).hasValueSatisfying((record) -> {
			assertThat(record.address().city()).isEqualTo("APO");
			assertThat(record.address().state()).isEqualTo("AE");
			assertThat(record.documents()).isNotEmpty();
		});
	}

	@Test
	void whenSsnHasNoTaxRecord_thenEmpty() {
		assertThat(this.taxRecords.findBySsn(Ssn.parse("999-99-9999"))).isEmpty();
	}

	// REG-4: the account the user names matches one on their file; its type and network
	// come back.
	@Test
	void whenAccountMatches_thenMatchWithTypeAndNetwork() {
		DemoPerson happy = demo(null);
		AccountCheckResult result = check(happy, AccountType.CREDIT_CARD, happy.accountToUse().last8());
		assertThat(result.outcome()).isEqualTo(Outcome.MATCH);
		assertThat(result.matchedType()).contains(AccountType.CREDIT_CARD);
		assertThat(result.matchedNetwork()).contains(CardNetwork.VISA);
	}

	@Test
	void whenDigitsOrLoanTypeDiffer_thenNoMatch() {
		DemoPerson happy = demo(null);
		assertThat(check(happy, AccountType.CREDIT_CARD, AccountLast8.of("00000001")).outcome())
			.isEqualTo(Outcome.NO_MATCH);
		DemoPerson mortgage = demo(HardCase.APARTMENT_UNIT);
		assertThat(check(mortgage, AccountType.CAR_LOAN, mortgage.accountToUse().last8()).outcome())
			.isEqualTo(Outcome.NO_MATCH);
		assertThat(check(mortgage, AccountType.MORTGAGE, mortgage.accountToUse().last8()).matchedType())
			.contains(AccountType.MORTGAGE);
	}

	// REG-4: a debit or American Express card picked as "credit card" is reported as what
	// it is, for the caller to refuse.
	@Test
	void whenCardPickedAsCreditCardIsDebitOrAmex_thenTheRealTypeAndNetworkComeBack() {
		DemoPerson debit = demo(HardCase.ONLY_DEBIT);
		assertThat(check(debit, AccountType.CREDIT_CARD, debit.accountToUse().last8()).matchedType())
			.contains(AccountType.DEBIT_CARD);
		DemoPerson amex = demo(HardCase.ONLY_AMEX);
		assertThat(check(amex, AccountType.CREDIT_CARD, amex.accountToUse().last8()).matchedNetwork())
			.contains(CardNetwork.AMERICAN_EXPRESS);
	}

	// REG-4: a frozen file answers FROZEN even for the right digits, and reveals no
	// account.
	@Test
	void whenFileIsFrozen_thenFrozen() {
		DemoPerson frozen = demo(HardCase.FROZEN_CREDIT);
		AccountCheckResult result = check(frozen, AccountType.CREDIT_CARD, frozen.accountToUse().last8());
		assertThat(result.outcome()).isEqualTo(Outcome.FROZEN);
		assertThat(result.matchedType()).isEmpty();
	}

	@Test
	void whenBureauHasNoFile_thenNoFile() {
		DemoPerson none = demo(HardCase.NO_CREDIT_FILE);
		assertThat(check(none, AccountType.CREDIT_CARD, none.accountToUse().last8()).outcome())
			.isEqualTo(Outcome.NO_FILE);
	}

	// REG-4: every check records a soft inquiry with who asked and the clock's time,
	// whatever the outcome.
	@Test
	void whenChecked_thenEachCheckRecordsASoftInquiryAtTheClocksTime() {
		DemoPerson frozen = demo(HardCase.FROZEN_CREDIT);
		DemoPerson none = demo(HardCase.NO_CREDIT_FILE);
		Ssn ssn = frozen.person().taxRecord().ssn();
		int before = this.creditBureau.inquiries(ssn).size();
		Instant first = this.clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
		this.clock.set(first);
		check(frozen, AccountType.CREDIT_CARD, frozen.accountToUse().last8());
		this.clock.advance(Duration.ofMinutes(5));
		this.creditBureau
			.check(new AccountCheck(ssn, AccountType.MORTGAGE, AccountLast8.of("12345678"), "Get Transcript"));
		List<SoftInquiry> inquiries = this.creditBureau.inquiries(ssn);
		assertThat(inquiries).hasSize(before + 2);
		assertThat(inquiries.subList(before, before + 2)).containsExactly(new SoftInquiry(REQUESTER, first),
				new SoftInquiry("Get Transcript", first.plus(Duration.ofMinutes(5))));
		Ssn noFile = none.person().taxRecord().ssn();
		int noFileBefore = this.creditBureau.inquiries(noFile).size();
		check(none, AccountType.CREDIT_CARD, none.accountToUse().last8());
		assertThat(this.creditBureau.inquiries(noFile)).hasSize(noFileBefore + 1);
	}

	// REG-5: the carrier tells mobile from landline and VoIP, prepaid and whose name the
	// line is in.
	@Test
	void whenNumberKnown_thenLineTypeFlagsAndSubscriberComeBack() {
		PhoneLine happy = line(null);
		assertThat(happy.lineType()).isEqualTo(LineType.MOBILE);
		assertThat(happy.smsCapable()).isTrue();
		assertThat(happy.prepaid()).isFalse();
		assertThat(happy.usNumber()).isTrue();
		assertThat(happy.subscriberName()).isEqualTo("Olivia Bennett");
		assertThat(line(HardCase.PREPAID_PHONE).prepaid()).isTrue();
		assertThat(line(HardCase.LANDLINE).lineType()).isEqualTo(LineType.LANDLINE);
		assertThat(line(HardCase.LANDLINE).smsCapable()).isFalse();
		assertThat(line(HardCase.VOIP_PHONE).lineType()).isEqualTo(LineType.VOIP);
		assertThat(line(HardCase.PHONE_NOT_IN_NAME).subscriberName()).isEqualTo("Rachel Brooks");
	}

	@Test
	void whenNumberUnknown_thenEmpty() {
		assertThat(this.phoneCarrier.lookup(PhoneNumber.of("+12025559999"))).isEmpty();
	}

	private PhoneLine line(HardCase hardCase) {
		PhoneNumber number = demo(hardCase).person().phone().number();
		return this.phoneCarrier.lookup(number).orElseThrow();
	}

	private AccountCheckResult check(DemoPerson demo, AccountType picked, AccountLast8 last8) {
		return this.creditBureau.check(new AccountCheck(demo.person().taxRecord().ssn(), picked, last8, REQUESTER));
	}

	private static DemoPerson demo(HardCase hardCase) {
		return DemoPeople.all(2025).stream().filter((d) -> d.hardCase() == hardCase).findFirst().orElseThrow();
	}

}
