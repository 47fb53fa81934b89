package gov.irs.secureaccess.recovery;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import gov.irs.secureaccess.accounts.password.PasswordSettings;
import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.JourneyDefinition;
import gov.irs.secureaccess.journey.JourneyEngine;
import gov.irs.secureaccess.journey.JourneyView;
import gov.irs.secureaccess.journey.Step;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.Submission;
import gov.irs.secureaccess.platform.otp.CodeLifetimes;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.registration.FormLimits;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /sign-in/forgot-username} and {@code /sign-in/forgot-password} (SIGN-7): GET
 * shows the step the journey stands at, POST submits it and redirects. The journey id
 * lives in the (database-backed) HTTP session. A finished journey is shown once and then
 * forgotten, so the username is not left on the page for the next person at the computer;
 * an expired or unknown one starts again with a notice.
 */
@Controller
@RequestMapping("/sign-in/{flow:forgot-username|forgot-password}")
class RecoveryController {

	/**
	 * Fields shown back after a refusal (when not over-long); answers, codes and
	 * passwords never are.
	 */
	private static final Set<String> REDISPLAYED = Set.of("username", "email");

	private final JourneyEngine engine;

	private final RecoveryJourneys journeys;

	private final long codeMinutes;

	private final int passwordMinLength;

	RecoveryController(JourneyEngine engine, RecoveryJourneys journeys, CodeLifetimes lifetimes,
			PasswordSettings passwords) {
		this.engine = engine;
		this.journeys = journeys;
		this.codeMinutes = lifetimes.of(CodePurpose.RECOVERY_SMS).toMinutes();
		this.passwordMinLength = passwords.minLength();
	}

	@GetMapping
	String show(@PathVariable("flow") String path, HttpServletRequest request, Model model) {
		RecoveryFlow flow = RecoveryFlow.ofPathSegment(path);
		JourneyDefinition definition = this.journeys.definition(flow);
		HttpSession session = request.getSession(false);
		UUID id = journeyId(session, flow);
		if (id != null) {
			JourneyView view = this.engine.find(definition, id);
			if (view instanceof JourneyView.AtStep at) {
				return render(flow, at, null, List.of(), 0, Map.of(), model);
			}
			session.removeAttribute(flow.sessionAttribute());
			if (view instanceof JourneyView.Finished finished) {
				model.addAttribute("flow", flow.key());
				model.addAttribute("flowPath", flow.path());
				model.addAttribute("username", finished.journey().get(RecoveryStates.KEY_USERNAME));
				return "recovery/done-" + flow.key();
			}
			model.addAttribute("notice", "recovery.notice.expired");
		}
		// Nothing is started or kept until the first answer (no session for a look at the
		// page).
		return render(flow, definition.step(definition.firstState()), null, false, null, List.of(), 0, Map.of(), model);
	}

	@PostMapping
	String submit(@PathVariable("flow") String path, @RequestParam MultiValueMap<String, String> form,
			HttpServletRequest request, Model model, RedirectAttributes redirect, Locale locale) {
		RecoveryFlow flow = RecoveryFlow.ofPathSegment(path);
		JourneyDefinition definition = this.journeys.definition(flow);
		Map<String, String> fields = new HashMap<>();
		form.forEach((name, values) -> fields.put(name, values.isEmpty() ? "" : values.get(0)));
		UUID id = journeyId(request.getSession(false), flow);
		if (id == null && definition.firstState().equals(fields.get("step"))) {
			id = start(flow, definition, request, locale);
		}
		JourneyView view = (id != null) ? this.engine.find(definition, id) : new JourneyView.NotFound();
		if (view instanceof JourneyView.Finished) {
			return "redirect:" + flow.path();
		}
		if (!(view instanceof JourneyView.AtStep at)) {
			return expired(flow, request, redirect);
		}
		if (!at.step().name().equals(fields.get("step"))) {
			// A form for another step (back button, double submit): show where the
			// journey stands now.
			return "redirect:" + flow.path();
		}
		Submission result = this.engine.submit(definition, id, StepInput.of(fields));
		if (result instanceof Submission.Rejected rejected) {
			Map<String, String> shown = new HashMap<>(fields);
			shown.keySet().retainAll(REDISPLAYED);
			shown.values().removeIf(FormLimits::tooLong);
			return render(flow, (JourneyView.AtStep) this.engine.find(definition, id), rejected.messageKey(),
					rejected.messageArguments(), rejected.attemptSpent() ? rejected.attemptsLeft() : 0, shown, model);
		}
		if (result instanceof Submission.Closed) {
			return expired(flow, request, redirect);
		}
		return "redirect:" + flow.path();
	}

	/**
	 * From the code page: "my account has no phone yet, ask my secret questions" (mail
	 * path, REG-6).
	 */
	@PostMapping("/questions")
	String questions(@PathVariable("flow") String path, HttpServletRequest request) {
		RecoveryFlow flow = RecoveryFlow.ofPathSegment(path);
		UUID id = journeyId(request.getSession(false), flow);
		if (id != null) {
			this.engine.divert(this.journeys.definition(flow), id, RecoveryStates.CODE, RecoveryStates.QUESTIONS,
					Map.of());
		}
		return "redirect:" + flow.path();
	}

	@PostMapping("/restart")
	String restart(@PathVariable("flow") String path, HttpServletRequest request) {
		RecoveryFlow flow = RecoveryFlow.ofPathSegment(path);
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(flow.sessionAttribute());
		}
		return "redirect:" + flow.path();
	}

	private String expired(RecoveryFlow flow, HttpServletRequest request, RedirectAttributes redirect) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(flow.sessionAttribute());
		}
		redirect.addFlashAttribute("notice", "recovery.notice.expired");
		return "redirect:" + flow.path();
	}

	/**
	 * The first answer: now there is something to keep, the journey (and its id in the
	 * session).
	 */
	private UUID start(RecoveryFlow flow, JourneyDefinition definition, HttpServletRequest request, Locale locale) {
		Journey started = this.engine.start(definition, Map.of(RecoveryStates.KEY_ADDRESS, request.getRemoteAddr(),
				RecoveryStates.KEY_LANGUAGE, locale.getLanguage()));
		request.getSession().setAttribute(flow.sessionAttribute(), started.id().toString());
		return started.id();
	}

	private String render(RecoveryFlow flow, JourneyView.AtStep at, String error, List<Object> errorArgs,
			int attemptsLeft, Map<String, String> form, Model model) {
		return render(flow, at.step(), at.journey(), at.exhausted(), error, errorArgs, attemptsLeft, form, model);
	}

	private String render(RecoveryFlow flow, Step step, Journey journey, boolean exhausted, String error,
			List<Object> errorArgs, int attemptsLeft, Map<String, String> form, Model model) {
		model.addAttribute("flow", flow.key());
		model.addAttribute("flowPath", flow.path());
		model.addAttribute("step", step.name());
		model.addAttribute("error", error);
		model.addAttribute("errorArgs", errorArgs.toArray());
		model.addAttribute("attemptsLeft", attemptsLeft);
		model.addAttribute("attemptsLeftKey", "signin.attemptsLeft");
		model.addAttribute("form", form);
		model.addAttribute("codeMinutes", this.codeMinutes);
		model.addAttribute("passwordMinLength", this.passwordMinLength);
		if (journey != null) {
			model.addAttribute("question1", journey.get(RecoveryStates.KEY_QUESTION_1));
			model.addAttribute("question2", journey.get(RecoveryStates.KEY_QUESTION_2));
		}
		return exhausted ? "recovery/exhausted" : step.view();
	}

	private static UUID journeyId(HttpSession session, RecoveryFlow flow) {
		if (session == null || !(session.getAttribute(flow.sessionAttribute()) instanceof String text)) {
			return null;
		}
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
