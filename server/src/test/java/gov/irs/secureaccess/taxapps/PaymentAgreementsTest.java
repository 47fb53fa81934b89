package gov.irs.secureaccess.taxapps;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import gov.irs.secureaccess.registration.TestPeople;
import gov.irs.secureaccess.sources.SourcesProperties;
import gov.irs.secureaccess.sources.generator.DemoPeople;
import gov.irs.secureaccess.sources.generator.PopulationGenerator;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;
import gov.irs.secureaccess.support.IntegrationTest;
import gov.irs.secureaccess.support.MutableClock;
import gov.irs.secureaccess.taxapps.balance.Balance;
import gov.irs.secureaccess.taxapps.balance.Balances;
import gov.irs.secureaccess.taxapps.payments.PaymentAgreement;
import gov.irs.secureaccess.taxapps.payments.PaymentAgreementRefused;
import gov.irs.secureaccess.taxapps.payments.PaymentAgreementRefused.Reason;
import gov.irs.secureaccess.taxapps.payments.PaymentAgreements;
import gov.irs.secureaccess.taxapps.payments.PaymentPlanRules;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * FED-1 View Balance and Online Payment Agreement: the balance from the tax record, a
 * monthly plan under the documented rules, one active plan per person, no bank account
 * kept (DATA-2).
 */
@IntegrationTest
class PaymentAgreementsTest {

	@Autowired
	PaymentAgreements agreements;

	@Autowired
	Balances balances;

	@Autowired
	SourcesProperties sources;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Test
	void FED_1_whenBalanceAsked_thenItIsTheRecordsBalanceDue() {
		TaxRecord olivia = new TestPeople(this.sources).demo(1).taxRecord();

		Balance balance = this.balances.of(olivia.ssn());

		assertThat(balance.amountDue()).isEqualByComparingTo("2418.50");
		assertThat(balance.taxYear()).isEqualTo(olivia.returnYear());
		assertThat(balance.asOf()).isEqualTo(LocalDate.now(this.clock));
	}

	@Test
	void FED_1_whenAPlanBreaksARule_thenItIsRefusedWithTheReason() {
		TaxRecord person = withBalance(0);
		TaxRecord none = new TestPeople(this.sources).demo(2).taxRecord();
		BigDecimal minimum = PaymentPlanRules.minimumMonthly(person.balanceDue());

		assertRefused(() -> this.agreements.create(1, person.ssn(), minimum.subtract(new BigDecimal("0.01")), 15),
				Reason.AMOUNT_TOO_LOW);
		assertRefused(() -> this.agreements.create(1, person.ssn(), person.balanceDue(), 15), Reason.PAY_IN_FULL);
		assertRefused(() -> this.agreements.create(1, person.ssn(), minimum, 29), Reason.DAY_INVALID);
		assertRefused(() -> this.agreements.create(1, person.ssn(), minimum, 0), Reason.DAY_INVALID);
		assertRefused(() -> this.agreements.create(1, person.ssn(), new BigDecimal("100.001"), 15),
				Reason.AMOUNT_INVALID);
		assertRefused(() -> this.agreements.create(1, none.ssn(), new BigDecimal("100"), 15), Reason.NO_BALANCE);
		assertThat(this.agreements.active(person.ssn())).isEmpty();
	}

	@Test
	void FED_1_whenAPlanIsSetUp_thenItPaysTheBalanceMonthlyAndIsTheOnlyActiveOne() {
		TaxRecord person = withBalance(1);
		BigDecimal balance = person.balanceDue();
		BigDecimal monthly = PaymentPlanRules.minimumMonthly(balance)
			.max(balance.divide(BigDecimal.valueOf(3), 2, RoundingMode.CEILING));

		PaymentAgreement plan = this.agreements.create(42, person.ssn(), monthly, 15);

		assertThat(plan.months()).isBetween(PaymentPlanRules.MIN_MONTHS, PaymentPlanRules.MAX_MONTHS);
		assertThat(monthly.multiply(BigDecimal.valueOf(plan.months() - 1L)).add(plan.finalAmount()))
			.isEqualByComparingTo(balance);
		assertThat(plan.finalAmount()).isPositive().isLessThanOrEqualTo(monthly);
		assertThat(plan.firstPaymentOn().getDayOfMonth()).isEqualTo(15);
		assertThat(plan.firstPaymentOn()).isAfterOrEqualTo(LocalDate.now(this.clock).plusDays(7));
		assertThat(this.balances.of(person.ssn()).agreement()).isEqualTo(plan);
		assertRefused(() -> this.agreements.create(42, person.ssn(), monthly, 20), Reason.ALREADY_ACTIVE);

		this.agreements.cancel(42, person.ssn());

		assertThat(this.agreements.active(person.ssn())).isEmpty();
		assertRefused(() -> this.agreements.cancel(42, person.ssn()), Reason.NONE_ACTIVE);
		assertThat(this.agreements.create(42, person.ssn(), monthly, 20).dayOfMonth()).isEqualTo(20);
	}

	@Test
	void FED_1_whenTwoPlansAreSetUpAtOnce_thenExactlyOneIsActive() throws Exception {
		TaxRecord person = withBalance(2);
		BigDecimal monthly = PaymentPlanRules.minimumMonthly(person.balanceDue());
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<Boolean>> tries = new ArrayList<>();
			IntStream.range(0, 4).forEach((i) -> tries.add(() -> {
				try {
					this.agreements.create(43, person.ssn(), monthly, 5 + i);
					return true;
				}
				catch (PaymentAgreementRefused ex) {
					assertThat(ex.reason()).isEqualTo(Reason.ALREADY_ACTIVE);
					return false;
				}
			}));
			long created = 0;
			for (Future<Boolean> result : pool.invokeAll(tries)) {
				created += result.get() ? 1 : 0;
			}
			assertThat(created).isEqualTo(1);
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void DATA_2_whenPlansAreStored_thenNoColumnCanHoldABankAccount() {
		List<String> columns = this.jdbc
			.sql("select column_name from information_schema.columns where table_name = 'payment_agreement'")
			.query(String.class)
			.list();

		assertThat(columns).isNotEmpty()
			.noneMatch((column) -> column.contains("bank") || column.contains("routing")
					|| column.contains("account_number") || column.contains("iban"));
	}

	/**
	 * The n-th generated person who owes something. Only the tax applications' tests make
	 * payment plans, and each test of this class uses its own n.
	 */
	private TaxRecord withBalance(int n) {
		SourcesProperties.Generator settings = this.sources.generator();
		List<TaxRecord> owing = new PopulationGenerator(settings.seed(), settings.people(), settings.taxYear())
			.generate()
			.stream()
			.skip(DemoPeople.all(settings.taxYear()).size())
			.map(SyntheticPerson::taxRecord)
			.filter((record) -> record.balanceDue().signum() > 0)
			.toList();
		assertThat(owing).as("generated people with a balance").hasSizeGreaterThan(n);
		return owing.get(n);
	}

	private static void assertRefused(ThrowableAssert.ThrowingCallable call, Reason reason) {
		assertThatThrownBy(call).isInstanceOfSatisfying(PaymentAgreementRefused.class,
				(ex) -> assertThat(ex.reason()).isEqualTo(reason));
	}

}
