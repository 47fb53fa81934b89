package gov.irs.secureaccess.proofing;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import gov.irs.secureaccess.platform.limits.RateLimiter;
import gov.irs.secureaccess.registration.TestPeople;
import gov.irs.secureaccess.sources.SourcesProperties;
import gov.irs.secureaccess.sources.creditbureau.AccountLast8;
import gov.irs.secureaccess.sources.creditbureau.AccountType;
import gov.irs.secureaccess.sources.creditbureau.CardNetwork;
import gov.irs.secureaccess.sources.creditbureau.CreditAccount;
import gov.irs.secureaccess.sources.creditbureau.CreditBureau;
import gov.irs.secureaccess.sources.creditbureau.CreditFileWriter;
import gov.irs.secureaccess.sources.generator.HardCase;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;
import gov.irs.secureaccess.sources.taxrecords.TaxRecords;
import gov.irs.secureaccess.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * REG-14's "I don't have any of these" against the embedded bureau: who it offers the
 * refund account to (no file, a frozen file, a file with none of REG-4's accepted
 * accounts) and who not (a file that lists one; the 2018 rules). Generated people (never
 * demo people, whose per-SSN allowance other tests spend): TestPeople 121 and 126, and
 * the last few of each hard case.
 */
@IntegrationTest
class FinancialCheckNoneOfTheseTest {

	@Autowired
	FinancialCheck financial;

	@Autowired
	CreditBureau bureau;

	@Autowired
	TaxRecords taxRecords;

	@Autowired
	RegistrationProperties properties;

	@Autowired
	RateLimiter limiter;

	@Autowired
	SourcesProperties sources;

	@Autowired
	CreditFileWriter creditFiles;

	@Autowired
	TransactionTemplate transactions;

	TestPeople people;

	@BeforeEach
	void people() {
		this.people = new TestPeople(this.sources);
	}

	private static String ssn(SyntheticPerson person) {
		return person.taxRecord().ssn().formatted();
	}

	// REG-14: offered with the reason the page gives, for each kind of person the bureau
	// cannot serve
	@Test
	void REG_14_whenTheBureauCannotServeThePerson_thenNoneOfTheseOffersTheRefundAccountWithTheReason() {
		assertThat(this.financial.noneOfTheseOffered()).isTrue();
		assertThat(this.financial.noneOfThese(ssn(this.people.onlyCase(HardCase.NO_CREDIT_FILE, 3))))
			.isEqualTo(new FinancialCheck.NoneOfThese(FinancialCheck.NoneOfThese.Outcome.REFUND_OFFERED, "no-file"));
		assertThat(this.financial.noneOfThese(ssn(this.people.onlyCase(HardCase.FROZEN_CREDIT, 3))))
			.isEqualTo(new FinancialCheck.NoneOfThese(FinancialCheck.NoneOfThese.Outcome.REFUND_OFFERED, "frozen"));
		// Only a corporate card: no one in the test population, so TestPeople 126 gets
		// one (and a debit card).
		SyntheticPerson corporate = this.people.ordinary(126);
		this.transactions.executeWithoutResult((status) -> this.creditFiles
			.replaceAccounts(Map.of(corporate.taxRecord().ssn(), List.of(
					new CreditAccount(AccountType.CORPORATE_CARD, CardNetwork.VISA, AccountLast8.of("70417724")),
					new CreditAccount(AccountType.DEBIT_CARD, CardNetwork.MASTERCARD, AccountLast8.of("70417725"))))));
		for (SyntheticPerson only : List.of(this.people.onlyCase(HardCase.ONLY_DEBIT, 3),
				this.people.onlyCase(HardCase.ONLY_AMEX, 2), corporate)) {
			assertThat(this.financial.noneOfThese(ssn(only))).as(only.toString())
				.isEqualTo(new FinancialCheck.NoneOfThese(FinancialCheck.NoneOfThese.Outcome.REFUND_OFFERED,
						FinancialCheck.NO_LISTED_ACCOUNT));
		}
	}

	// REG-14, REG-4: a file that lists an accepted card or loan is not one the bureau
	// cannot serve; the look-up is a soft inquiry like every check
	@Test
	void REG_14_whenTheFileListsAnAcceptedAccount_thenNoneOfTheseOffersNothingAndRecordsASoftInquiry() {
		SyntheticPerson person = this.people.ordinary(121);
		int before = this.bureau.inquiries(person.taxRecord().ssn()).size();

		FinancialCheck.NoneOfThese answer = this.financial.noneOfThese(ssn(person));

		assertThat(answer.outcome()).isEqualTo(FinancialCheck.NoneOfThese.Outcome.BUREAU_LISTS_ONE);
		assertThat(answer.reason()).isNull();
		assertThat(this.bureau.inquiries(person.taxRecord().ssn())).hasSize(before + 1);
	}

	// REG-14 off (the irs-2018 profile, secure-access.proofing.refund-account=false):
	// "none of these" is neither offered nor taken, and the bureau is not asked
	@Test
	void REG_14_whenTheRefundAccountIsOffAsIn2018_thenNoneOfTheseIsNotOffered() {
		ProofingRules irs2018 = new ProofingRules(ProofingRules.AddressMatch.EXACT, false, false, false,
				Duration.ofDays(7), false, false, Duration.ofDays(90));
		FinancialCheck step2018 = new FinancialCheck(this.bureau, this.taxRecords, this.properties, this.limiter,
				irs2018);
		SyntheticPerson person = this.people.onlyCase(HardCase.ONLY_DEBIT, 4);
		int before = this.bureau.inquiries(person.taxRecord().ssn()).size();

		assertThat(step2018.noneOfTheseOffered()).isFalse();
		assertThat(step2018.noneOfThese(ssn(person)).outcome())
			.isEqualTo(FinancialCheck.NoneOfThese.Outcome.NOT_OFFERED);
		assertThat(this.bureau.inquiries(person.taxRecord().ssn())).hasSize(before);
	}

}
