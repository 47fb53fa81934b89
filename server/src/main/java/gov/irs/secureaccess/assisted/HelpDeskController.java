package gov.irs.secureaccess.assisted;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.platform.crypto.PiiCipher;
import gov.irs.secureaccess.platform.otp.CodeLifetimes;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.session.AccountPrincipal;
import gov.irs.secureaccess.sources.Ssn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

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
 * {@code /assist}: the e-Help Desk console (AST-1, AST-2, AST-4), for accounts with the
 * ASSISTOR role. Every view and action after the first page names its case number, which
 * must be well formed and be the case open in this session; anything else is refused,
 * audited, and shown the first page again. The person is shown masked.
 */
@Controller
@RequestMapping("/assist")
class HelpDeskController {

	static final ZoneId EASTERN = ZoneId.of("America/New_York");

	private final HelpDesk desk;

	private final TemporaryPasswords temporaryPasswords;

	private final PasswordHasher hasher;

	private final CodeLifetimes lifetimes;

	private final PiiCipher cipher;

	HelpDeskController(HelpDesk desk, TemporaryPasswords temporaryPasswords, PasswordHasher hasher,
			CodeLifetimes lifetimes, PiiCipher cipher) {
		this.cipher = cipher;
		this.lifetimes = lifetimes;
		this.desk = desk;
		this.temporaryPasswords = temporaryPasswords;
		this.hasher = hasher;
	}

	/** One question as the page shows it (no expected answer). */
	record QuestionView(int index, String messageKey, Object[] arguments, String kind, List<String> choices,
			boolean choiceKeys, String typed) {
	}

	@GetMapping
	String start(Model model) {
		return startPage(null, model);
	}

	@PostMapping("/lookup")
	String lookup(@AuthenticationPrincipal AccountPrincipal assistor,
			@RequestParam(defaultValue = "") String caseNumber, @RequestParam(defaultValue = "") String ssn,
			@RequestParam(defaultValue = "") String lastName, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		Optional<CaseNumber> number = CaseNumber.parse(caseNumber);
		model.addAttribute("form", Map.of("caseNumber", caseNumber.strip(), "lastName", lastName.strip()));
		if (number.isEmpty()) {
			this.desk.refused(assistor.accountId(), "assist.lookup", "no-case-number", request.getRemoteAddr());
			return startPage("assist.error.caseNumber", model);
		}
		Ssn parsed;
		try {
			parsed = Ssn.parse(ssn);
		}
		catch (IllegalArgumentException ex) {
			return startPage("assist.error.ssn", model);
		}
		if (lastName.isBlank() || lastName.length() > 100) {
			return startPage("assist.error.lastName", model);
		}
		request.getSession().removeAttribute(DeskCreated.SESSION);
		HelpDesk.Lookup lookup = this.desk.lookup(assistor.accountId(), number.get(), parsed, lastName,
				request.getRemoteAddr());
		if (lookup.outcome() != HelpDesk.Outcome.FOUND) {
			// Post, redirect, get: a reload shows the refusal again without a second
			// (audited) look-up.
			request.getSession().removeAttribute(DeskCase.SESSION);
			redirect.addFlashAttribute("refusal", "assist.refusal." + lookup.outcome().name());
			redirect.addFlashAttribute("form",
					Map.of("caseNumber", number.get().value(), "lastName", lastName.strip()));
			return "redirect:/assist";
		}
		request.getSession()
			.setAttribute(DeskCase.SESSION, new DeskCase(number.get().value(),
					lookup.person().orElseThrow().legacy().id(), DeskCase.Stage.FOUND, List.of()));
		return "redirect:/assist/case?caseNumber=" + number.get().value();
	}

	@GetMapping("/case")
	String showCase(@AuthenticationPrincipal AccountPrincipal assistor,
			@RequestParam(defaultValue = "") String caseNumber, HttpServletRequest request, Model model) {
		Optional<DeskCase> open = open(assistor, caseNumber, "assist.case.viewed", request);
		if (open.isEmpty()) {
			return refusedPage(caseNumber, model);
		}
		return casePage(assistor, open.get(), null, Map.of(), request, model);
	}

	@PostMapping("/questions")
	String questions(@AuthenticationPrincipal AccountPrincipal assistor,
			@RequestParam(defaultValue = "") String caseNumber, HttpServletRequest request, Model model) {
		Optional<DeskCase> open = open(assistor, caseNumber, "assist.questions.drawn", request);
		if (open.isEmpty()) {
			return refusedPage(caseNumber, model);
		}
		DeskCase current = open.get();
		if (current.stage() != DeskCase.Stage.FOUND) {
			// One set per case: after a failed set the next step is a TAC visit; a new
			// call is a new case.
			return "redirect:/assist/case?caseNumber=" + current.caseNumber();
		}
		Optional<HelpDesk.Person> person = this.desk.person(current.legacyAccountId());
		if (person.isEmpty()) {
			return gone(request, model);
		}
		Optional<List<String>> drawn = this.desk.drawQuestions(assistor.accountId(),
				new CaseNumber(current.caseNumber()), person.get(), request.getRemoteAddr());
		save(request, drawn.map((keys) -> current.at(DeskCase.Stage.ASKING, keys))
			.orElseGet(() -> current.at(DeskCase.Stage.LIMITED, List.of())));
		return "redirect:/assist/case?caseNumber=" + current.caseNumber();
	}

	@PostMapping("/answers")
	String answers(@AuthenticationPrincipal AccountPrincipal assistor, @RequestParam MultiValueMap<String, String> form,
			HttpServletRequest request, Model model) {
		String caseNumber = form.getFirst("caseNumber");
		Optional<DeskCase> open = open(assistor, caseNumber, "assist.questions.answered", request);
		if (open.isEmpty()) {
			return refusedPage(caseNumber, model);
		}
		DeskCase current = open.get();
		if (current.stage() != DeskCase.Stage.ASKING) {
			return "redirect:/assist/case?caseNumber=" + current.caseNumber();
		}
		Optional<HelpDesk.Person> person = this.desk.person(current.legacyAccountId());
		if (person.isEmpty()) {
			return gone(request, model);
		}
		Map<String, String> answers = new HashMap<>();
		Map<Integer, String> typed = new HashMap<>();
		for (int i = 0; i < current.questions().size(); i++) {
			String value = Optional.ofNullable(form.getFirst("answer" + i)).orElse("");
			value = (value.length() > 200) ? value.substring(0, 200) : value;
			answers.put(current.questions().get(i), value);
			typed.put(i, value);
		}
		HelpDesk.Answered answered = this.desk.checkAnswers(assistor.accountId(), new CaseNumber(current.caseNumber()),
				person.get(), current.questions(), answers, request.getRemoteAddr());
		if (answered == HelpDesk.Answered.UNREADABLE) {
			return casePage(assistor, current, "assist.error.unreadable", typed, request, model);
		}
		save(request, current.at((answered == HelpDesk.Answered.PASSED) ? DeskCase.Stage.PASSED : DeskCase.Stage.FAILED,
				List.of()));
		return "redirect:/assist/case?caseNumber=" + current.caseNumber();
	}

	@PostMapping("/create")
	String create(@AuthenticationPrincipal AccountPrincipal assistor,
			@RequestParam(defaultValue = "") String caseNumber, @RequestParam(defaultValue = "") String basis,
			HttpServletRequest request, Locale locale, Model model, RedirectAttributes redirect) {
		Optional<DeskCase> open = open(assistor, caseNumber, "assist.account.created", request);
		if (open.isEmpty()) {
			return refusedPage(caseNumber, model);
		}
		DeskCase current = open.get();
		HelpDesk.Basis on;
		if ("in-person".equals(basis)) {
			on = HelpDesk.Basis.IN_PERSON;
		}
		else if (current.stage() == DeskCase.Stage.PASSED) {
			on = HelpDesk.Basis.QUESTIONS;
		}
		else {
			// Not verified: questions not passed, and no TAC check asked for.
			return "redirect:/assist/case?caseNumber=" + current.caseNumber();
		}
		String password = this.temporaryPasswords.draw();
		String hash = this.hasher.hash(password);
		CaseNumber number = new CaseNumber(current.caseNumber());
		HelpDesk.Created created;
		try {
			created = this.desk.createAccount(assistor.accountId(), number, current.legacyAccountId(), on, hash, locale,
					request.getRemoteAddr());
		}
		catch (HelpDesk.NotCreated ex) {
			this.desk.notCreated(assistor.accountId(), number, current.legacyAccountId(), ex.reason(),
					request.getRemoteAddr());
			request.getSession().removeAttribute(DeskCase.SESSION);
			redirect.addFlashAttribute("refusal", "assist.notCreated." + ex.reason());
			return "redirect:/assist";
		}
		request.getSession().removeAttribute(DeskCase.SESSION);
		// Post, redirect, get: the result page survives a reload; the password stays
		// sealed in the session until the next look-up.
		request.getSession()
			.setAttribute(DeskCreated.SESSION, new DeskCreated(number.value(), created.username(),
					this.cipher.seal(password, DeskCreated.PASSWORD_CONTEXT), on == HelpDesk.Basis.IN_PERSON));
		return "redirect:/assist/created?caseNumber=" + number.value();
	}

	@GetMapping("/created")
	String created(@AuthenticationPrincipal AccountPrincipal assistor,
			@RequestParam(defaultValue = "") String caseNumber, HttpServletRequest request, Model model) {
		Optional<CaseNumber> number = CaseNumber.parse(caseNumber);
		if (number.isEmpty() || !(request.getSession().getAttribute(DeskCreated.SESSION) instanceof DeskCreated done)
				|| !done.caseNumber().equals(number.get().value())) {
			return refusedPage(caseNumber, model);
		}
		model.addAttribute("caseNumber", done.caseNumber());
		model.addAttribute("username", done.username());
		model.addAttribute("temporaryPassword",
				this.cipher.open(done.sealedTemporaryPassword(), DeskCreated.PASSWORD_CONTEXT));
		model.addAttribute("inPerson", done.inPerson());
		model.addAttribute("codeDays", this.lifetimes.of(CodePurpose.MAIL_ACTIVATION).toDays());
		return "assist/created";
	}

	/**
	 * The case open in this session, if {@code typed} is a case number and names it;
	 * otherwise refused and audited.
	 */
	private Optional<DeskCase> open(AccountPrincipal assistor, String typed, String action,
			HttpServletRequest request) {
		Optional<CaseNumber> number = CaseNumber.parse(typed);
		if (number.isEmpty()) {
			this.desk.refused(assistor.accountId(), action, "no-case-number", request.getRemoteAddr());
			return Optional.empty();
		}
		HttpSession session = request.getSession();
		if (session.getAttribute(DeskCase.SESSION) instanceof DeskCase current
				&& current.caseNumber().equals(number.get().value())) {
			return Optional.of(current);
		}
		this.desk.refused(assistor.accountId(), action, "case-not-open", request.getRemoteAddr());
		return Optional.empty();
	}

	private String refusedPage(String typed, Model model) {
		return startPage(CaseNumber.parse(typed).isEmpty() ? "assist.error.caseNumber" : "assist.error.noOpenCase",
				model);
	}

	private String gone(HttpServletRequest request, Model model) {
		request.getSession().removeAttribute(DeskCase.SESSION);
		model.addAttribute("refusal", "assist.notCreated.legacy-gone");
		return startPage(null, model);
	}

	private static void save(HttpServletRequest request, DeskCase next) {
		request.getSession().setAttribute(DeskCase.SESSION, next);
	}

	private String startPage(String error, Model model) {
		model.addAttribute("error", error);
		model.addAttribute("errorArgs", new Object[0]);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of());
		}
		return "assist/start";
	}

	private String casePage(AccountPrincipal assistor, DeskCase current, String error, Map<Integer, String> typed,
			HttpServletRequest request, Model model) {
		Optional<HelpDesk.Person> found = this.desk.person(current.legacyAccountId());
		if (found.isEmpty()) {
			return gone(request, model);
		}
		HelpDesk.Person person = found.get();
		this.desk.viewed(assistor.accountId(), new CaseNumber(current.caseNumber()), current.legacyAccountId(),
				current.stage().name().toLowerCase(Locale.ROOT), request.getRemoteAddr());
		model.addAttribute("error", error);
		model.addAttribute("errorArgs", new Object[0]);
		model.addAttribute("caseNumber", current.caseNumber());
		model.addAttribute("stage", current.stage().name());
		model.addAttribute("maskedName", person.maskedName());
		model.addAttribute("maskedSsn", person.maskedSsn());
		model.addAttribute("username", person.legacy().username());
		model.addAttribute("inPerson", person.inPerson().orElse(null));
		model.addAttribute("inPersonDate",
				person.inPerson()
					.map((check) -> DateTimeFormatter.ISO_LOCAL_DATE.format(check.recordedAt().atZone(EASTERN)))
					.orElse(null));
		if (current.stage() == DeskCase.Stage.ASKING) {
			QuestionPool pool = this.desk.questions(person.record());
			List<QuestionView> questions = new ArrayList<>();
			for (int i = 0; i < current.questions().size(); i++) {
				DeskQuestion question = pool.find(current.questions().get(i)).orElseThrow();
				questions.add(new QuestionView(i, question.messageKey(),
						question.arguments().stream().map(String::valueOf).toArray(), question.kind().name(),
						question.choices(), question.choiceKeys(), typed.getOrDefault(i, "")));
			}
			model.addAttribute("questions", questions);
		}
		return "assist/case";
	}

}
