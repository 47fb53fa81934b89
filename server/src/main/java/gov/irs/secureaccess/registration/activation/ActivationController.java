package gov.irs.secureaccess.registration.activation;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import gov.irs.secureaccess.factors.totp.AuthenticatorApps;
import gov.irs.secureaccess.factors.totp.AuthenticatorChanges;
import gov.irs.secureaccess.factors.totp.Provisioning;
import gov.irs.secureaccess.factors.totp.QrCodes;
import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.JourneyEngine;
import gov.irs.secureaccess.journey.JourneyView;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.Submission;
import gov.irs.secureaccess.platform.web.JourneyCookie;
import gov.irs.secureaccess.proofing.PhoneEligibility;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /register/activate}: the pages that finish the mail path (REG-6), one journey
 * per visit.
 */
@Controller
@RequestMapping("/register/activate")
class ActivationController {

	static final JourneyCookie COOKIE = new JourneyCookie("sa-activation", "/register/activate");

	static final int QR_SIZE = 240;

	private final JourneyEngine engine;

	private final ActivationJourney journey;

	private final AuthenticatorApps apps;

	private final AuthenticatorChanges changes;

	ActivationController(JourneyEngine engine, ActivationJourney journey, AuthenticatorApps apps,
			AuthenticatorChanges changes) {
		this.engine = engine;
		this.journey = journey;
		this.apps = apps;
		this.changes = changes;
	}

	@GetMapping
	String show(HttpServletRequest request, Model model) {
		Optional<JourneyView> view = COOKIE.read(request).map((id) -> this.engine.find(this.journey.definition(), id));
		if (view.isEmpty() || view.get() instanceof JourneyView.NotFound || view.get() instanceof JourneyView.Expired) {
			// Nothing is started or kept for a look at the page: the journey starts with
			// the first answer.
			model.addAttribute("error", null);
			model.addAttribute("errorArgs", new Object[0]);
			model.addAttribute("step", this.journey.definition().firstState());
			return this.journey.definition().step(this.journey.definition().firstState()).view();
		}
		return render(view.get(), null, model);
	}

	@PostMapping
	String submit(@RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale) {
		Map<String, String> fields = new HashMap<>();
		form.forEach((name, values) -> fields.put(name, values.isEmpty() ? "" : values.get(0)));
		Optional<UUID> id = COOKIE.read(request)
			.filter((known) -> this.engine.find(this.journey.definition(), known) instanceof JourneyView.AtStep);
		if (id.isEmpty() && this.journey.definition().firstState().equals(fields.get("step"))) {
			Journey started = this.engine.start(this.journey.definition(), Map.of(ActivationStates.LANGUAGE,
					locale.getLanguage(), ActivationStates.ADDRESS, request.getRemoteAddr()));
			COOKIE.write(request, response, started.id(), this.journey.definition().lifetime());
			id = Optional.of(started.id());
		}
		if (id.isEmpty()) {
			return "redirect:/register/activate";
		}
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

	/**
	 * APP-2 on the phone page: "Use an authenticator app instead". The journey moves to
	 * the app step and a secret is drawn for the account (replacing any set-up left
	 * waiting); nothing is confirmed until its first code.
	 */
	@PostMapping("/app")
	String useApp(HttpServletRequest request) {
		current(request).filter((at) -> !at.exhausted() && at.step().name().equals(ActivationStates.PHONE))
			.ifPresent((at) -> {
				if (this.engine.divert(this.journey.definition(), at.journey().id(), ActivationStates.PHONE,
						ActivationStates.APP, Map.of()) instanceof Submission.Advanced) {
					this.changes.start(accountId(at.journey()));
				}
			});
		return "redirect:/register/activate";
	}

	/** From the app step back to a phone: the set-up waiting is dropped. */
	@PostMapping("/phone-instead")
	String usePhone(HttpServletRequest request) {
		current(request).filter((at) -> !at.exhausted() && at.step().name().equals(ActivationStates.APP))
			.ifPresent((at) -> {
				if (this.engine.divert(this.journey.definition(), at.journey().id(), ActivationStates.APP,
						ActivationStates.PHONE, Map.of()) instanceof Submission.Advanced) {
					this.apps.cancelPending(accountId(at.journey()));
				}
			});
		return "redirect:/register/activate";
	}

	/**
	 * APP-1: the QR code of the set-up waiting for this journey's account, only while
	 * this journey stands at the app step. It holds the secret, so it is never stored;
	 * anything else is 404.
	 */
	@GetMapping("/qr.png")
	ResponseEntity<byte[]> qrCode(HttpServletRequest request) {
		Optional<Provisioning> pending = current(request)
			.filter((at) -> !at.exhausted() && at.step().name().equals(ActivationStates.APP))
			.flatMap((at) -> this.apps.pending(accountId(at.journey())));
		if (pending.isEmpty()) {
			return ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build();
		}
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.header("Pragma", "no-cache")
			.contentType(MediaType.IMAGE_PNG)
			.body(QrCodes.png(pending.get().uri(), QR_SIZE));
	}

	/** This browser's journey, if it stands at a step. */
	private Optional<JourneyView.AtStep> current(HttpServletRequest request) {
		return COOKIE.read(request)
			.map((id) -> this.engine.find(this.journey.definition(), id))
			.filter((view) -> view instanceof JourneyView.AtStep)
			.map((view) -> (JourneyView.AtStep) view);
	}

	private static long accountId(Journey journey) {
		return journey.require(ActivationStates.ACCOUNT_ID);
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
		if (!at.exhausted() && at.step().name().equals(ActivationStates.APP)) {
			long accountId = accountId(at.journey());
			// The key is shown only while the set-up waits (APP-1); one is drawn if none
			// waits (it was dropped).
			Provisioning provisioning = this.apps.pending(accountId).orElseGet(() -> this.changes.start(accountId));
			model.addAttribute("manualEntryKey", provisioning.manualEntryKey());
			model.addAttribute("qrSize", QR_SIZE);
		}
		return at.exhausted() ? "activate/exhausted" : at.step().view();
	}

}
