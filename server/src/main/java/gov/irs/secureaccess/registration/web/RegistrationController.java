package gov.irs.secureaccess.registration.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.JourneyView;
import gov.irs.secureaccess.journey.Submission;
import gov.irs.secureaccess.platform.web.JourneyCookie;
import gov.irs.secureaccess.proofing.RegistrationProperties;
import gov.irs.secureaccess.registration.FieldLabel;
import gov.irs.secureaccess.registration.RegistrationService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registration pages. Every step is one page at {@code /register/step}: GET shows the
 * step the journey stands at, POST submits it and redirects (so reload and back never
 * submit twice). The page says which step its form is for; a form for a step already
 * passed just shows the current one.
 */
@Controller
@RequestMapping("/register")
class RegistrationController {

	/**
	 * Fields never shown back on the page after a refusal: secrets and numbers the person
	 * must type again.
	 */
	private static final Set<String> NOT_REDISPLAYED = Set.of("ssn", "last8", "routingNumber", "accountLast4", "code",
			"password", "passwordConfirm", "_csrf", "step");

	static final JourneyCookie COOKIE = new JourneyCookie("sa-registration", "/register");

	private final RegistrationService registration;

	private final RegistrationProperties properties;

	private final StepPageModel pages;

	RegistrationController(RegistrationService registration, RegistrationProperties properties, StepPageModel pages) {
		this.registration = registration;
		this.properties = properties;
		this.pages = pages;
	}

	@GetMapping
	String intro(HttpServletRequest request, Model model) {
		model.addAttribute("inProgress",
				current(request).filter((view) -> view instanceof JourneyView.AtStep).isPresent());
		model.addAttribute("lifetimeHours", this.properties.lifetime().toHours());
		return "register/intro";
	}

	@PostMapping("/start")
	String start(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Journey journey = this.registration.start(locale, request.getRemoteAddr());
		COOKIE.write(request, response, journey.id(), this.properties.lifetime());
		return "redirect:/register/step";
	}

	@GetMapping("/step")
	String show(HttpServletRequest request, HttpServletResponse response, Model model) {
		Optional<JourneyView> view = current(request);
		if (view.isEmpty() || view.get() instanceof JourneyView.NotFound) {
			return "redirect:/register";
		}
		return render(view.get(), Map.of(), null, 0, model, response, request);
	}

	@PostMapping("/step")
	String submit(@RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Optional<UUID> id = COOKIE.read(request);
		if (id.isEmpty()) {
			return "redirect:/register";
		}
		Map<String, String> fields = new HashMap<>();
		form.forEach((name, values) -> fields.put(name, values.isEmpty() ? "" : values.get(0)));
		Submission result = this.registration.submit(id.get(), fields.getOrDefault("step", ""), fields,
				request.getRemoteAddr());
		if (result instanceof Submission.Rejected rejected) {
			Map<String, String> shown = new HashMap<>(fields);
			shown.keySet().removeAll(NOT_REDISPLAYED);
			model.addAttribute("errorArgs", rejected.messageArguments().toArray());
			rejected.messageArguments()
				.stream()
				.filter(FieldLabel.class::isInstance)
				.findFirst()
				.ifPresent((label) -> model.addAttribute("errorField", ((FieldLabel) label).field()));
			return render(this.registration.find(id.get()), shown, rejected.messageKey(),
					rejected.attemptSpent() ? rejected.attemptsLeft() : 0, model, response, request);
		}
		if (result instanceof Submission.Conflict) {
			redirect.addFlashAttribute("notice", "register.notice.alreadyDone");
		}
		return "redirect:/register/step";
	}

	@PostMapping("/resend")
	String resend(HttpServletRequest request, RedirectAttributes redirect) {
		COOKIE.read(request).ifPresent((id) -> {
			RegistrationService.Resend resend = this.registration.resendCode(id);
			if (resend.sent()) {
				redirect.addFlashAttribute("notice", "register.notice.codeResent");
			}
			else if (resend.retryAfterMinutes() > 0) {
				redirect.addFlashAttribute("notice", "register.notice.resendLimited");
				redirect.addFlashAttribute("noticeArg", resend.retryAfterMinutes());
			}
		});
		return "redirect:/register/step";
	}

	@PostMapping("/mail")
	String chooseMail(HttpServletRequest request) {
		COOKIE.read(request).ifPresent(this.registration::chooseMail);
		return "redirect:/register/step";
	}

	/**
	 * REG-14: "I don't have any of these" on the financial page; the page then says what
	 * is left (post, redirect, get).
	 */
	@PostMapping("/none-of-these")
	String noneOfThese(HttpServletRequest request, RedirectAttributes redirect) {
		COOKIE.read(request).ifPresent((id) -> {
			switch (this.registration.noneOfThese(id, request.getRemoteAddr())) {
				case BUREAU_LISTS_ONE -> redirect.addFlashAttribute("notice", "register.noneOfThese.bureauListsOne");
				case LIMITED -> redirect.addFlashAttribute("notice", "register.noneOfThese.limited");
				default -> {
				}
			}
		});
		return "redirect:/register/step";
	}

	@PostMapping("/change-phone")
	String changePhone(HttpServletRequest request) {
		COOKIE.read(request).ifPresent(this.registration::changePhone);
		return "redirect:/register/step";
	}

	@PostMapping("/restart")
	String restart(HttpServletRequest request, HttpServletResponse response) {
		COOKIE.clear(request, response);
		return "redirect:/register";
	}

	private Optional<JourneyView> current(HttpServletRequest request) {
		return COOKIE.read(request).map(this.registration::find);
	}

	private String render(JourneyView view, Map<String, String> form, String error, int attemptsLeft, Model model,
			HttpServletResponse response, HttpServletRequest request) {
		if (view instanceof JourneyView.Expired || view instanceof JourneyView.NotFound) {
			COOKIE.clear(request, response);
			return "register/expired";
		}
		if (view instanceof JourneyView.Finished finished) {
			this.pages.done(finished.journey(), model);
			return "register/done";
		}
		JourneyView.AtStep at = (JourneyView.AtStep) view;
		this.pages.step(at.journey(), at.step(), model);
		model.addAttribute("form", form);
		model.addAttribute("error", error);
		model.addAttribute("errorHeading", (error != null) ? ErrorHeadings.of(error) : null);
		model.addAttribute("attemptsLeft", attemptsLeft);
		if (at.exhausted()) {
			this.pages.exhausted(at.journey(), at.step().name(), model);
			return "register/exhausted";
		}
		return at.step().view();
	}

}
