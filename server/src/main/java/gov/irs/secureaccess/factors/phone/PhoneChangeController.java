package gov.irs.secureaccess.factors.phone;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.JourneyData;
import gov.irs.secureaccess.journey.JourneyEngine;
import gov.irs.secureaccess.journey.JourneyView;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.Submission;
import gov.irs.secureaccess.platform.otp.CodeLifetimes;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.proofing.FinancialCheck;
import gov.irs.secureaccess.proofing.PhoneEligibility;
import gov.irs.secureaccess.session.AccountPrincipal;
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
 * {@code /account/phone}: changing the phone number means registering again (REG-12):
 * financial verification, the new number, the code texted to it. The journey is kept in
 * the signed-in session and belongs to its account; a journey of another account, expired
 * or finished, is never resumed.
 */
@Controller
@RequestMapping("/account/phone")
class PhoneChangeController {

	static final String SESSION_KEY = "phone-change-journey";

	private final JourneyEngine engine;

	private final PhoneChangeJourney journey;

	private final CodeLifetimes lifetimes;

	private final Accounts accounts;

	private final FinancialCheck financial;

	PhoneChangeController(JourneyEngine engine, PhoneChangeJourney journey, CodeLifetimes lifetimes, Accounts accounts,
			FinancialCheck financial) {
		this.financial = financial;
		this.accounts = accounts;
		this.engine = engine;
		this.journey = journey;
		this.lifetimes = lifetimes;
	}

	@GetMapping
	String show(@AuthenticationPrincipal AccountPrincipal principal, HttpSession session, Locale locale, Model model,
			RedirectAttributes redirect) {
		if (isStaff(principal)) {
			return notForStaff(redirect);
		}
		Optional<JourneyView> alive = current(principal, session);
		JourneyView view = alive.orElseGet(() -> start(principal, session, locale));
		return render(view, null, Map.of(), model);
	}

	@PostMapping
	String submit(@AuthenticationPrincipal AccountPrincipal principal, @RequestParam MultiValueMap<String, String> form,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (isStaff(principal)) {
			return notForStaff(redirect);
		}
		Optional<JourneyView> alive = current(principal, request.getSession());
		if (alive.isEmpty() || !(alive.get() instanceof JourneyView.AtStep at)) {
			return "redirect:/account/phone";
		}
		Map<String, String> fields = new HashMap<>();
		form.forEach((name, values) -> fields.put(name, values.isEmpty() ? "" : values.get(0)));
		if (!at.step().name().equals(fields.get("step"))) {
			return "redirect:/account/phone";
		}
		fields.put(PhoneChangeStates.SOURCE_ADDRESS, request.getRemoteAddr());
		UUID id = at.journey().id();
		Submission result = this.engine.submit(this.journey.definition(), id, StepInput.of(fields));
		if (result instanceof Submission.Rejected rejected) {
			model.addAttribute("attemptsLeft", rejected.attemptSpent() ? rejected.attemptsLeft() : 0);
			model.addAttribute("errorArgs", rejected.messageArguments().toArray());
			Map<String, String> keep = new HashMap<>();
			// What comes back to the page: the account type and the phone, never the
			// account digits (DATA-2).
			keep.put("accountType", fields.getOrDefault("accountType", ""));
			keep.put("phone", fields.getOrDefault("phone", ""));
			return render(this.engine.find(this.journey.definition(), id), rejected.messageKey(), keep, model);
		}
		if (result instanceof Submission.Advanced advanced
				&& PhoneChangeStates.DONE.equals(advanced.journey().state())) {
			request.getSession().removeAttribute(SESSION_KEY);
			redirect.addFlashAttribute("notice", "account.phone.changed");
			return "redirect:/account";
		}
		return "redirect:/account/phone";
	}

	/**
	 * From the code page: give another number instead (the old one stays the account's).
	 */
	@PostMapping("/another-number")
	String anotherNumber(@AuthenticationPrincipal AccountPrincipal principal, HttpSession session) {
		current(principal, session).ifPresent((view) -> {
			if (view instanceof JourneyView.AtStep at && at.step().name().equals(PhoneChangeStates.CONFIRM_PHONE)) {
				this.engine.divert(this.journey.definition(), at.journey().id(), PhoneChangeStates.CONFIRM_PHONE,
						PhoneChangeStates.PHONE, Map.of());
			}
		});
		return "redirect:/account/phone";
	}

	/**
	 * Stops the change: the journey is forgotten and the account keeps its number. An
	 * exhausted change is not forgotten (starting again must not buy more attempts); it
	 * ends with its journey's hour.
	 */
	@PostMapping("/cancel")
	String cancel(@AuthenticationPrincipal AccountPrincipal principal, HttpSession session) {
		boolean exhausted = current(principal, session)
			.filter((view) -> view instanceof JourneyView.AtStep at && at.exhausted())
			.isPresent();
		if (!exhausted) {
			session.removeAttribute(SESSION_KEY);
		}
		return "redirect:/account";
	}

	/**
	 * A staff account (AST-4) is nobody's tax account: there is no person to check a
	 * financial account or a phone against, and staff sign in with an authenticator app
	 * or a passkey, so no phone is ever added to it.
	 */
	private boolean isStaff(AccountPrincipal principal) {
		return this.accounts.profile(principal.accountId()).ssn() == null;
	}

	private static String notForStaff(RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", "account.phone.notForStaff");
		return "redirect:/account";
	}

	/**
	 * The live journey of this session, if it belongs to this account and can still be
	 * continued.
	 */
	private Optional<JourneyView> current(AccountPrincipal principal, HttpSession session) {
		Object stored = session.getAttribute(SESSION_KEY);
		if (!(stored instanceof String text)) {
			return Optional.empty();
		}
		UUID id;
		try {
			id = UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		JourneyView view = this.engine.find(this.journey.definition(), id);
		if (view instanceof JourneyView.AtStep at
				&& Long.valueOf(principal.accountId()).equals(at.journey().get(PhoneChangeStates.ACCOUNT_ID))) {
			return Optional.of(view);
		}
		return Optional.empty();
	}

	private JourneyView start(AccountPrincipal principal, HttpSession session, Locale locale) {
		Journey started = this.engine.start(this.journey.definition(),
				JourneyData.with(PhoneChangeStates.ACCOUNT_ID, principal.accountId())
					.and(PhoneChangeStates.LANGUAGE, locale.getLanguage())
					.map());
		session.setAttribute(SESSION_KEY, started.id().toString());
		return this.engine.find(this.journey.definition(), started.id());
	}

	private String render(JourneyView view, String error, Map<String, String> form, Model model) {
		if (!(view instanceof JourneyView.AtStep at)) {
			return "redirect:/account/phone";
		}
		model.addAttribute("error", error);
		if (!model.containsAttribute("errorArgs")) {
			model.addAttribute("errorArgs", new Object[0]);
		}
		model.addAttribute("form", form);
		model.addAttribute("step", at.step().name());
		model.addAttribute("accountTypes", this.financial.offered());
		model.addAttribute("smsCodeMinutes", this.lifetimes.of(CodePurpose.SMS_ACTIVATION).toMinutes());
		String phone = at.journey().get(PhoneChangeStates.PHONE_E164);
		model.addAttribute("phoneMasked", (phone != null) ? PhoneEligibility.masked(phone) : null);
		return at.exhausted() ? "account/phone-exhausted" : at.step().view();
	}

}
