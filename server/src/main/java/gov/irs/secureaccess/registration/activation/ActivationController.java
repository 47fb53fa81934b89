package gov.irs.secureaccess.registration.activation;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.JourneyEngine;
import gov.irs.secureaccess.journey.JourneyView;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.Submission;
import gov.irs.secureaccess.platform.web.JourneyCookie;
import gov.irs.secureaccess.registration.PhoneEligibility;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /register/activate}: the pages that finish the mail path (REG-6), one journey per visit. */
@Controller
@RequestMapping("/register/activate")
class ActivationController {

	static final JourneyCookie COOKIE = new JourneyCookie("sa-activation", "/register/activate");

	private final JourneyEngine engine;

	private final ActivationJourney journey;

	ActivationController(JourneyEngine engine, ActivationJourney journey) {
		this.engine = engine;
		this.journey = journey;
	}

	@GetMapping
	String show(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
		Optional<JourneyView> view = COOKIE.read(request).map((id) -> this.engine.find(this.journey.definition(), id));
		if (view.isEmpty() || view.get() instanceof JourneyView.NotFound || view.get() instanceof JourneyView.Expired) {
			Journey started = this.engine.start(this.journey.definition(), Map.of(ActivationStates.LANGUAGE, locale.getLanguage()));
			COOKIE.write(request, response, started.id(), this.journey.definition().lifetime());
			return render(this.engine.find(this.journey.definition(), started.id()), null, model);
		}
		return render(view.get(), null, model);
	}

	@PostMapping
	String submit(@RequestParam MultiValueMap<String, String> form, HttpServletRequest request, Model model) {
		Optional<UUID> id = COOKIE.read(request);
		if (id.isEmpty()) {
			return "redirect:/register/activate";
		}
		Map<String, String> fields = new HashMap<>();
		form.forEach((name, values) -> fields.put(name, values.isEmpty() ? "" : values.get(0)));
		JourneyView before = this.engine.find(this.journey.definition(), id.get());
		if (!(before instanceof JourneyView.AtStep at) || !at.step().name().equals(fields.get("step"))) {
			return "redirect:/register/activate";
		}
		Submission result = this.engine.submit(this.journey.definition(), id.get(), StepInput.of(fields));
		if (result instanceof Submission.Rejected rejected) {
			model.addAttribute("attemptsLeft", rejected.attemptSpent() ? rejected.attemptsLeft() : 0);
			model.addAttribute("errorArgs", rejected.messageArguments().toArray());
			return render(this.engine.find(this.journey.definition(), id.get()), rejected.messageKey(), model);
		}
		return "redirect:/register/activate";
	}

	private String render(JourneyView view, String error, Model model) {
		model.addAttribute("error", error);
		if (!model.containsAttribute("errorArgs")) {
			model.addAttribute("errorArgs", new Object[0]);
		}
		if (view instanceof JourneyView.Finished finished) {
			model.addAttribute("username", finished.journey().get("username"));
			return "activate/done";
		}
		if (!(view instanceof JourneyView.AtStep at)) {
			return "redirect:/register/activate";
		}
		model.addAttribute("step", at.step().name());
		String phone = at.journey().get(ActivationStates.PHONE_E164);
		model.addAttribute("phoneMasked", (phone != null) ? PhoneEligibility.masked(phone) : null);
		return at.exhausted() ? "activate/exhausted" : at.step().view();
	}


}
