package gov.irs.secureaccess.signin.legacy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import gov.irs.secureaccess.accounts.SiteImages;
import gov.irs.secureaccess.accounts.password.PasswordSettings;
import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.JourneyView;
import gov.irs.secureaccess.journey.Submission;
import gov.irs.secureaccess.platform.limits.RateLimitDecision;
import gov.irs.secureaccess.platform.otp.CodeLifetimes;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.proofing.FinancialCheck;
import gov.irs.secureaccess.proofing.PhoneEligibility;
import gov.irs.secureaccess.registration.steps.CredentialsStep;
import gov.irs.secureaccess.signin.SessionSignIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /sign-in/legacy}: the pages that move a legacy e-Services account to Secure
 * Access (REG-10) or merge it into the person's Secure Access account (REG-11), one per
 * step of the journey kept in the session. Reached only after the legacy password was
 * right at {@code /sign-in}. The end signs the person in (REG-10 by text, REG-11) or says
 * to watch for the letter (REG-6).
 */
@Controller
@RequestMapping(LegacyMigrations.PATH)
class LegacyController {

	private static final String REDIRECT = "redirect:" + LegacyMigrations.PATH;

	private final LegacyMigrations migrations;

	private final SessionSignIn signedIn;

	private final CodeLifetimes lifetimes;

	private final PasswordSettings passwords;

	private final FinancialCheck financial;

	LegacyController(LegacyMigrations migrations, SessionSignIn signedIn, CodeLifetimes lifetimes,
			PasswordSettings passwords, FinancialCheck financial) {
		this.financial = financial;
		this.migrations = migrations;
		this.signedIn = signedIn;
		this.lifetimes = lifetimes;
		this.passwords = passwords;
	}

	@GetMapping
	String show(HttpServletRequest request, Model model) {
		Optional<LegacyMigrations.Current> current = this.migrations.current(request.getSession(false));
		if (current.isEmpty() || !(current.get().view() instanceof JourneyView.AtStep)) {
			return "redirect:/sign-in";
		}
		return render(current.get().view(), null, Map.of(), model);
	}

	@PostMapping
	String submit(@RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Optional<LegacyMigrations.Current> current = this.migrations.current(request.getSession(false));
		if (current.isEmpty() || !(current.get().view() instanceof JourneyView.AtStep at)) {
			return "redirect:/sign-in";
		}
		Map<String, String> fields = new HashMap<>();
		form.forEach((name, values) -> fields.put(name, values.isEmpty() ? "" : values.get(0)));
		if (!at.step().name().equals(fields.get("step"))) {
			return REDIRECT;
		}
		Submission result = this.migrations.submit(current.get(), fields);
		if (result instanceof Submission.Rejected rejected) {
			model.addAttribute("attemptsLeft", rejected.attemptSpent() ? rejected.attemptsLeft() : 0);
			model.addAttribute("errorArgs", rejected.messageArguments().toArray());
			// What comes back to the page: choices and the phone, never a password or the
			// account digits (DATA-2).
			Map<String, String> keep = new HashMap<>();
			for (String name : new String[] { "accountType", "phone", "sitePhrase", "siteImage", "question1",
					"question2" }) {
				keep.put(name, fields.getOrDefault(name, ""));
			}
			Optional<LegacyMigrations.Current> after = this.migrations.current(request.getSession(false));
			return render(after.map(LegacyMigrations.Current::view).orElse(at), rejected.messageKey(), keep, model);
		}
		if (result instanceof Submission.Advanced advanced
				&& this.migrations.isFinal(current.get(), advanced.journey().state())) {
			return finish(advanced.journey(), request, response, redirect);
		}
		return REDIRECT;
	}

	private String finish(Journey journey, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		HttpSession session = request.getSession();
		this.migrations.forget(session);
		String username = journey.get("username");
		redirect.addFlashAttribute("username", username);
		if (LegacyStates.MERGED.equals(journey.state())) {
			String next = this.signedIn.signIn(journey.require(LegacyStates.ACCOUNT_ID),
					journey.get(LegacyStates.FACTOR), request, response);
			if (this.signedIn.held(request).isPresent()) {
				return "redirect:" + next; // the merged account still has a temporary
											// password to change (AST-2)
			}
			redirect.addFlashAttribute("outcome", "merged");
		}
		else if (LegacyStates.PATH_MAIL.equals(journey.get(LegacyStates.PATH))) {
			redirect.addFlashAttribute("outcome", "mail");
			redirect.addFlashAttribute("mailCodeDays", this.lifetimes.of(CodePurpose.MAIL_ACTIVATION).toDays());
		}
		else {
			// REG-10 by text: the phone code was just entered, and the new password; the
			// person is signed in at LOA-3.
			this.signedIn.signIn(journey.require(LegacyStates.ACCOUNT_ID), LegacyStates.FACTOR_SMS, request, response);
			redirect.addFlashAttribute("outcome", "moved");
		}
		return REDIRECT + "/done";
	}

	@GetMapping("/done")
	String done(Model model) {
		if (!model.containsAttribute("outcome")) {
			return "redirect:/sign-in";
		}
		return "legacy/done";
	}

	/** "Receive an activation code by postal mail" (REG-6). */
	@PostMapping("/mail")
	String mail(HttpServletRequest request) {
		this.migrations.current(request.getSession(false)).ifPresent(this.migrations::chooseMail);
		return REDIRECT;
	}

	@PostMapping("/another-number")
	String anotherNumber(HttpServletRequest request) {
		this.migrations.current(request.getSession(false)).ifPresent(this.migrations::anotherNumber);
		return REDIRECT;
	}

	@PostMapping("/resend")
	String resend(HttpServletRequest request, RedirectAttributes redirect) {
		this.migrations.current(request.getSession(false)).ifPresent((current) -> {
			RateLimitDecision decision = this.migrations.resend(current);
			redirect.addFlashAttribute("notice",
					decision.allowed() ? "legacy.notice.codeResent" : "legacy.notice.resendLimited");
			redirect.addFlashAttribute("noticeArg", decision.retryAfterMinutes());
		});
		return REDIRECT;
	}

	private String render(JourneyView view, String error, Map<String, String> form, Model model) {
		if (!(view instanceof JourneyView.AtStep at)) {
			return "redirect:/sign-in";
		}
		Journey journey = at.journey();
		String step = at.step().name();
		model.addAttribute("step", step);
		model.addAttribute("error", error);
		if (!model.containsAttribute("errorArgs")) {
			model.addAttribute("errorArgs", new Object[0]);
		}
		model.addAttribute("form", form);
		boolean merge = step.startsWith("merge");
		int number = merge ? (step.equals(LegacyStates.MERGE_PASSWORD) ? 1 : 2) : switch (step) {
			case LegacyStates.FINANCIAL -> 1;
			case LegacyStates.PHONE, LegacyStates.CONFIRM_PHONE -> 2;
			default -> 3;
		};
		model.addAttribute("stepNumber", number);
		model.addAttribute("stepCount", merge ? 2 : 3);
		model.addAttribute("legacyUsername", this.migrations.legacyUsername(journey).orElse(""));
		model.addAttribute("accountTypes", this.financial.offered());
		model.addAttribute("gallery", SiteImages.GALLERY);
		model.addAttribute("secretQuestions", CredentialsStep.SECRET_QUESTIONS);
		model.addAttribute("mailPath", LegacyStates.PATH_MAIL.equals(journey.get(LegacyStates.PATH)));
		model.addAttribute("smsCodeMinutes", this.lifetimes.of(CodePurpose.SMS_ACTIVATION).toMinutes());
		model.addAttribute("signinCodeMinutes", this.lifetimes.of(CodePurpose.SIGNIN_SMS).toMinutes());
		model.addAttribute("passwordMinLength", this.passwords.minLength());
		model.addAttribute("factor", journey.get(LegacyStates.FACTOR));
		String phone = journey.get(LegacyStates.PHONE_E164);
		model.addAttribute("phoneMasked", (phone != null) ? PhoneEligibility.masked(phone) : null);
		return at.exhausted() ? "legacy/exhausted" : at.step().view();
	}

}
