package gov.irs.secureaccess.taxapps.api;

import java.math.BigDecimal;

import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.taxapps.Taxpayers;
import gov.irs.secureaccess.taxapps.balance.Balance;
import gov.irs.secureaccess.taxapps.balance.Balances;
import gov.irs.secureaccess.taxapps.payments.PaymentAgreement;
import gov.irs.secureaccess.taxapps.payments.PaymentAgreements;
import gov.irs.secureaccess.taxapps.payments.PaymentPlanRules;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Online Payment Agreement (FED-1): the balance with the plan rules, set up, cancel.
 * Scope {@code taxdata.read}, LOA-2. The request has amounts and a day only: any other
 * field (a bank account...) is ignored, never stored (DATA-2).
 */
@RestController
@RequestMapping(path = "/api/v1/payment-agreement", produces = "application/json")
class PaymentAgreementApi {

	/**
	 * What the set-up page needs: the balance, the rules, and the active plan (null when
	 * none).
	 */
	record Overview(int taxYear, BigDecimal balance, BigDecimal minimumMonthly, int minMonths, int maxMonths,
			int maxDayOfMonth, PaymentAgreement agreement) {
	}

	/**
	 * A plan to set up: the monthly amount in dollars and cents, and the day of the month
	 * (1 to 28).
	 */
	record NewPlan(BigDecimal monthlyAmount, Integer dayOfMonth) {
	}

	private final ApiPolicy policy;

	private final Taxpayers taxpayers;

	private final Balances balances;

	private final PaymentAgreements agreements;

	PaymentAgreementApi(ApiPolicy policy, Taxpayers taxpayers, Balances balances, PaymentAgreements agreements) {
		this.policy = policy;
		this.taxpayers = taxpayers;
		this.balances = balances;
		this.agreements = agreements;
	}

	@GetMapping
	Overview overview(ApiCaller caller) {
		Balance balance = this.balances.of(taxpayer(caller));
		return new Overview(balance.taxYear(), balance.amountDue(),
				PaymentPlanRules.minimumMonthly(balance.amountDue()), PaymentPlanRules.MIN_MONTHS,
				PaymentPlanRules.MAX_MONTHS, 28, balance.agreement());
	}

	@PostMapping(consumes = "application/json")
	@ResponseStatus(HttpStatus.CREATED)
	PaymentAgreement create(ApiCaller caller, @RequestBody NewPlan plan) {
		Ssn ssn = taxpayer(caller);
		if (plan == null || plan.monthlyAmount() == null || plan.dayOfMonth() == null) {
			throw new BadApiRequest("monthlyAmount and dayOfMonth are required.");
		}
		return this.agreements.create(caller.accountId(), ssn, plan.monthlyAmount(), plan.dayOfMonth());
	}

	@DeleteMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void cancel(ApiCaller caller) {
		this.agreements.cancel(caller.accountId(), taxpayer(caller));
	}

	private Ssn taxpayer(ApiCaller caller) {
		this.policy.require(caller, ApiAccess.PAYMENT_AGREEMENT);
		return this.taxpayers.ssnOf(caller.accountId());
	}

}
