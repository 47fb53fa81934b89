package gov.irs.secureaccess.assisted;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import gov.irs.secureaccess.accounts.Verdict;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.accounts.username.UsernamePolicy;
import gov.irs.secureaccess.platform.crypto.PiiCipher;
import gov.irs.secureaccess.platform.otp.CodeLifetimes;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.proofing.ProofingRules;
import gov.irs.secureaccess.registration.FormLimits;
import gov.irs.secureaccess.session.AccountPrincipal;
import gov.irs.secureaccess.sources.Ssn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /tac}: a Taxpayer Assistance Center officer (TAC role) records an in-person
 * identity check (AST-3): the case number, the person (SSN and last name), two different
 * forms of government identification with the last 4 characters of each number only, and
 * the office ({@link InPersonCheckForm} says what the form refuses). The officer is the
 * signed-in account. For a person with no e-Services account (AST-5) the officer then
 * creates the Secure Access account on {@code /tac/case}. Every result is a redirect to a
 * page (post, redirect, get), so a reload never records or creates twice.
 */
@Controller
@RequestMapping("/tac")
class TacController {

	static final int MAX_OFFICE = 80;

	private final TacDesk desk;

	private final InPersonAccounts accounts;

	private final UsernamePolicy usernames;

	private final TemporaryPasswords temporaryPasswords;

	private final PasswordHasher hasher;

	private final PiiCipher cipher;

	private final CodeLifetimes lifetimes;

	private final ProofingRules rules;

	private final Validator validator;

	TacController(TacDesk desk, InPersonAccounts accounts, UsernamePolicy usernames,
			TemporaryPasswords temporaryPasswords, PasswordHasher hasher, PiiCipher cipher, CodeLifetimes lifetimes,
			ProofingRules rules, Validator validator) {
		this.desk = desk;
		this.accounts = accounts;
		this.usernames = usernames;
		this.temporaryPasswords = temporaryPasswords;
		this.hasher = hasher;
		this.cipher = cipher;
		this.lifetimes = lifetimes;
		this.rules = rules;
		this.validator = validator;
	}

	@GetMapping
	String form(Model model) {
		return page(null, Map.of(), model);
	}

	@PostMapping("/record")
	String record(@AuthenticationPrincipal AccountPrincipal officer, InPersonCheckForm form, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		Optional<InPersonCheckForm.Mistake> mistake = form.firstMistake(this.validator);
		if (mistake.isPresent()) {
			if (mistake.get().property().equals("caseNumberReadable")) {
				this.desk.refused(officer.accountId(), "no-case-number", request.getRemoteAddr());
			}
			return page(mistake.get().messageKey(), form.shownAgain(), model);
		}
		CaseNumber caseNumber = form.number();
		Ssn ssn = form.parsedSsn();
		request.getSession().removeAttribute(TacCase.SESSION);
		TacDesk.Recorded recorded = this.desk.record(officer.accountId(), caseNumber, ssn, form.lastName(),
				form.first(), form.firstLast4(), form.second(), form.secondLast4(), form.office(),
				request.getRemoteAddr());
		if (recorded.outcome() != HelpDesk.Outcome.FOUND) {
			redirect.addFlashAttribute("refusal", "assist.refusal." + recorded.outcome().name());
			return "redirect:/tac";
		}
		request.getSession()
			.setAttribute(TacCase.SESSION,
					new TacCase(caseNumber.value(), recorded.checkId(),
							recorded.newUser() ? this.cipher.seal(ssn.formatted(), TacCase.SSN_CONTEXT) : null,
							recorded.newUser(), this.cipher.seal(recorded.maskedName(), TacCase.MASKED_CONTEXT),
							this.cipher.seal(recorded.maskedSsn(), TacCase.MASKED_CONTEXT), form.first().name(),
							form.second().name(), form.office(), null, null));
		return "redirect:/tac/case?caseNumber=" + caseNumber.value();
	}

	@GetMapping("/case")
	String showCase(@RequestParam(defaultValue = "") String caseNumber, HttpServletRequest request, Model model) {
		Optional<TacCase> open = open(request, caseNumber);
		if (open.isEmpty()) {
			return page(CaseNumber.parse(caseNumber).isEmpty() ? "tac.error.caseNumber" : "tac.error.noOpenCase",
					Map.of(), model);
		}
		return casePage(open.get(), null, Map.of(), model);
	}

	/** AST-5: the officer creates the account of the new user just checked in person. */
	@PostMapping("/create")
	String create(@AuthenticationPrincipal AccountPrincipal officer, @RequestParam MultiValueMap<String, String> form,
			HttpServletRequest request, Locale locale, Model model, RedirectAttributes redirect) {
		String typedCase = field(form, "caseNumber");
		Optional<TacCase> open = open(request, typedCase);
		if (open.isEmpty()) {
			this.desk.refused(officer.accountId(), "case-not-open", request.getRemoteAddr());
			return page(CaseNumber.parse(typedCase).isEmpty() ? "tac.error.caseNumber" : "tac.error.noOpenCase",
					Map.of(), model);
		}
		TacCase current = open.get();
		if (!current.newUser() || current.created()) {
			return "redirect:/tac/case?caseNumber=" + current.caseNumber();
		}
		Map<String, String> fields = Map.of("username", field(form, "username"), "email", field(form, "email"));
		if (!FormLimits.isEmail(fields.get("email"))) {
			return casePage(current, "register.contact.error.email", fields, model);
		}
		Verdict username = this.usernames.check(fields.get("username"));
		if (!username.isAccepted()) {
			model.addAttribute("errorArgs", username.refusals().get(0).argumentArray());
			return casePage(current, username.refusals().get(0).messageKey(), fields, model);
		}
		String password = this.temporaryPasswords.draw();
		String hash = this.hasher.hash(password);
		CaseNumber number = new CaseNumber(current.caseNumber());
		Ssn ssn = Ssn.parse(this.cipher.open(current.sealedSsn(), TacCase.SSN_CONTEXT));
		HelpDesk.Created created;
		try {
			created = this.accounts.create(officer.accountId(), number, current.checkId(), ssn, fields.get("username"),
					fields.get("email"), hash, locale, request.getRemoteAddr());
		}
		catch (HelpDesk.NotCreated ex) {
			this.accounts.notCreated(officer.accountId(), number, ex.reason(), request.getRemoteAddr());
			if ("username-taken".equals(ex.reason())) {
				return casePage(current, "register.credentials.error.usernameTaken", fields, model);
			}
			request.getSession().removeAttribute(TacCase.SESSION);
			redirect.addFlashAttribute("refusal", "assist.notCreated." + ex.reason());
			return "redirect:/tac";
		}
		request.getSession()
			.setAttribute(TacCase.SESSION,
					current.created(created.username(), this.cipher.seal(password, TacCase.PASSWORD_CONTEXT)));
		return "redirect:/tac/case?caseNumber=" + current.caseNumber();
	}

	private Optional<TacCase> open(HttpServletRequest request, String typed) {
		Optional<CaseNumber> number = CaseNumber.parse(typed);
		if (number.isEmpty() || request.getSession(false) == null) {
			return Optional.empty();
		}
		return (request.getSession().getAttribute(TacCase.SESSION) instanceof TacCase current
				&& current.caseNumber().equals(number.get().value())) ? Optional.of(current) : Optional.empty();
	}

	private String casePage(TacCase current, String error, Map<String, String> form, Model model) {
		model.addAttribute("error", error);
		if (!model.containsAttribute("errorArgs")) {
			model.addAttribute("errorArgs", new Object[0]);
		}
		model.addAttribute("form", form);
		model.addAttribute("tacCase", current);
		model.addAttribute("caseNumber", current.caseNumber());
		model.addAttribute("maskedName", this.cipher.open(current.sealedMaskedName(), TacCase.MASKED_CONTEXT));
		model.addAttribute("maskedSsn", this.cipher.open(current.sealedMaskedSsn(), TacCase.MASKED_CONTEXT));
		model.addAttribute("firstType", current.firstType());
		model.addAttribute("secondType", current.secondType());
		model.addAttribute("office", current.office());
		model.addAttribute("usernameMin", UsernamePolicy.MIN_LENGTH);
		model.addAttribute("usernameMax", UsernamePolicy.MAX_LENGTH);
		model.addAttribute("codeDays", this.lifetimes.of(CodePurpose.MAIL_ACTIVATION).toDays());
		if (current.created()) {
			model.addAttribute("username", current.username());
			model.addAttribute("temporaryPassword",
					this.cipher.open(current.sealedTemporaryPassword(), TacCase.PASSWORD_CONTEXT));
		}
		return current.created() ? "tac/created" : "tac/recorded";
	}

	private static String field(MultiValueMap<String, String> form, String name) {
		String value = Optional.ofNullable(form.getFirst(name)).orElse("").strip();
		return (value.length() > 200) ? value.substring(0, 200) : value;
	}

	private String page(String error, Map<String, String> form, Model model) {
		model.addAttribute("error", error);
		model.addAttribute("errorArgs", new Object[0]);
		model.addAttribute("form", form);
		model.addAttribute("idTypes", IdType.values());
		model.addAttribute("caseNumberHint", "tac.caseNumber.hint");
		model.addAttribute("everyone", this.rules.inPersonNewUsers());
		return "tac/record";
	}

}
