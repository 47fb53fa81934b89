package gov.irs.secureaccess.taxapps.api;

import java.util.List;
import java.util.Map;

import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.taxapps.Taxpayers;
import gov.irs.secureaccess.taxapps.balance.Balance;
import gov.irs.secureaccess.taxapps.balance.Balances;
import gov.irs.secureaccess.taxapps.ippin.IpPin;
import gov.irs.secureaccess.taxapps.ippin.IpPins;
import gov.irs.secureaccess.taxapps.transcripts.AccountTranscript;
import gov.irs.secureaccess.taxapps.transcripts.ReturnTranscript;
import gov.irs.secureaccess.taxapps.transcripts.Transcripts;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own tax data (FED-1): Get Transcript Online, Get an IP PIN, View Balance.
 * Scope {@code taxdata.read}, LOA-3. Every read is audited.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class TaxDataApi {

	private final ApiPolicy policy;

	private final Taxpayers taxpayers;

	private final Transcripts transcripts;

	private final IpPins ipPins;

	private final Balances balances;

	private final ApiAudit audit;

	TaxDataApi(ApiPolicy policy, Taxpayers taxpayers, Transcripts transcripts, IpPins ipPins, Balances balances,
			ApiAudit audit) {
		this.policy = policy;
		this.taxpayers = taxpayers;
		this.transcripts = transcripts;
		this.ipPins = ipPins;
		this.balances = balances;
		this.audit = audit;
	}

	@GetMapping("/transcripts")
	Map<String, List<Integer>> years(ApiCaller caller) {
		return Map.of("years", this.transcripts.years(taxpayer(caller)));
	}

	@GetMapping("/transcripts/{year}/return")
	ReturnTranscript returnTranscript(ApiCaller caller, @PathVariable("year") int year, HttpServletRequest request) {
		ReturnTranscript transcript = this.transcripts.returnTranscript(taxpayer(caller), year);
		this.audit.read(caller, "transcript.return.viewed", request);
		return transcript;
	}

	@GetMapping("/transcripts/{year}/account")
	AccountTranscript accountTranscript(ApiCaller caller, @PathVariable("year") int year, HttpServletRequest request) {
		AccountTranscript transcript = this.transcripts.accountTranscript(taxpayer(caller), year);
		this.audit.read(caller, "transcript.account.viewed", request);
		return transcript;
	}

	@GetMapping("/ip-pin")
	IpPin ipPin(ApiCaller caller, HttpServletRequest request) {
		IpPin pin = this.ipPins.current(taxpayer(caller));
		this.audit.read(caller, "ip-pin.viewed", request);
		return pin;
	}

	@GetMapping("/balance")
	Balance balance(ApiCaller caller, HttpServletRequest request) {
		Balance balance = this.balances.of(taxpayer(caller));
		this.audit.read(caller, "balance.viewed", request);
		return balance;
	}

	private Ssn taxpayer(ApiCaller caller) {
		this.policy.require(caller, ApiAccess.TAX_DATA);
		return this.taxpayers.ssnOf(caller.accountId());
	}

}
