package gov.irs.secureaccess.assisted;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import gov.irs.secureaccess.signin.AccountPrincipal;
import gov.irs.secureaccess.sources.Ssn;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /tac}: a Taxpayer Assistance Center officer (TAC role) records an in-person identity check (AST-3): the
 * case number, the person (SSN and last name), two different forms of government identification with the last 4
 * characters of each number only, and the office. The officer is the signed-in account.
 */
@Controller
@RequestMapping("/tac")
class TacController {

	static final int MAX_OFFICE = 80;

	private final TacDesk desk;

	TacController(TacDesk desk) {
		this.desk = desk;
	}

	@GetMapping
	String form(Model model) {
		return page(null, Map.of(), model);
	}

	@PostMapping("/record")
	String record(@AuthenticationPrincipal AccountPrincipal officer, @RequestParam MultiValueMap<String, String> form,
			HttpServletRequest request, Model model) {
		Map<String, String> fields = new HashMap<>();
		for (String name : new String[] { "caseNumber", "lastName", "firstType", "secondType", "office" }) {
			String value = Optional.ofNullable(form.getFirst(name)).orElse("").strip();
			fields.put(name, (value.length() > 200) ? value.substring(0, 200) : value);
		}
		Optional<CaseNumber> caseNumber = CaseNumber.parse(fields.get("caseNumber"));
		if (caseNumber.isEmpty()) {
			this.desk.refused(officer.accountId(), "no-case-number", request.getRemoteAddr());
			return page("assist.error.caseNumber", fields, model);
		}
		Ssn ssn;
		try {
			ssn = Ssn.parse(Optional.ofNullable(form.getFirst("ssn")).orElse(""));
		}
		catch (IllegalArgumentException ex) {
			return page("assist.error.ssn", fields, model);
		}
		if (fields.get("lastName").isEmpty()) {
			return page("assist.error.lastName", fields, model);
		}
		Optional<IdType> first = idType(fields.get("firstType"));
		Optional<IdType> second = idType(fields.get("secondType"));
		if (first.isEmpty() || second.isEmpty()) {
			return page("tac.error.types", fields, model);
		}
		if (first.get() == second.get()) {
			return page("tac.error.sameType", fields, model);
		}
		// Only the last 4: anything longer is refused, not cut, so a full number is never kept by mistake.
		String firstLast4 = Optional.ofNullable(form.getFirst("firstLast4")).orElse("").strip();
		String secondLast4 = Optional.ofNullable(form.getFirst("secondLast4")).orElse("").strip();
		if (!InPersonChecks.isLast4(firstLast4) || !InPersonChecks.isLast4(secondLast4)) {
			return page("tac.error.last4", fields, model);
		}
		String office = fields.get("office");
		if (office.length() < 2 || office.length() > MAX_OFFICE) {
			return page("tac.error.office", fields, model);
		}
		TacDesk.Recorded recorded = this.desk.record(officer.accountId(), caseNumber.get(), ssn, fields.get("lastName"),
				first.get(), firstLast4, second.get(), secondLast4, office, request.getRemoteAddr());
		if (recorded.outcome() != HelpDesk.Outcome.FOUND) {
			model.addAttribute("refusal", "assist.refusal." + recorded.outcome().name());
			return page(null, fields, model);
		}
		model.addAttribute("caseNumber", caseNumber.get().value());
		model.addAttribute("maskedName", recorded.person().maskedName());
		model.addAttribute("maskedSsn", recorded.person().maskedSsn());
		model.addAttribute("firstType", first.get().name());
		model.addAttribute("secondType", second.get().name());
		model.addAttribute("office", office);
		return "tac/recorded";
	}

	private static Optional<IdType> idType(String value) {
		return Arrays.stream(IdType.values()).filter((type) -> type.name().equals(value)).findFirst();
	}

	private String page(String error, Map<String, String> form, Model model) {
		model.addAttribute("error", error);
		model.addAttribute("errorArgs", new Object[0]);
		model.addAttribute("form", form);
		model.addAttribute("idTypes", IdType.values());
		return "tac/record";
	}

}
