package gov.irs.secureaccess.portal.web;

import gov.irs.secureaccess.portal.api.TaxApi;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The home page (FED-1: the applications and the level each needs) and the read-only
 * applications.
 */
@Controller
class PagesController {

	private final TaxApi api;

	private final String noAccountDocuments;

	PagesController(TaxApi api, @Value("${portal.issuer:http://localhost:8080}") String issuer) {
		this.api = api;
		this.noAccountDocuments = DocumentsController.noAccountPage(issuer);
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("applications", Application.ALL);
		model.addAttribute("noAccountDocuments", this.noAccountDocuments);
		return "home";
	}

	/**
	 * A sign-in that did not finish (declined consent, a step-up not done, an error at
	 * the provider).
	 */
	@GetMapping("/sign-in-problem")
	String signInProblem() {
		return "sign-in-problem";
	}

	@GetMapping("/transcripts")
	String transcripts(Model model) {
		model.addAttribute("years", this.api.transcriptYears());
		return "transcripts";
	}

	@GetMapping("/transcripts/{year:\\d{4}}/return")
	String returnTranscript(@PathVariable("year") int year, Model model) {
		model.addAttribute("transcript", this.api.returnTranscript(year));
		return "transcript-return";
	}

	@GetMapping("/transcripts/{year:\\d{4}}/account")
	String accountTranscript(@PathVariable("year") int year, Model model) {
		model.addAttribute("transcript", this.api.accountTranscript(year));
		return "transcript-account";
	}

	@GetMapping("/ip-pin")
	String ipPin(Model model) {
		model.addAttribute("ipPin", this.api.ipPin());
		return "ip-pin";
	}

	@GetMapping("/balance")
	String balance(Model model) {
		model.addAttribute("balance", this.api.balance());
		return "balance";
	}

}
