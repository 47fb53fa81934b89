package gov.irs.secureaccess.factors.passkey.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import gov.irs.secureaccess.factors.passkey.Passkeys;
import gov.irs.secureaccess.session.AccountPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /account/passkeys}: the account's passkeys, listed with their names, renamed and
 * removed with plain forms; adding one is a WebAuthn registration ceremony run by
 * {@code js/passkey.js}: {@code options} gives the creation options (the challenge is
 * kept in the session and spent by the next {@code add}), and {@code add} verifies the
 * browser's answer. Adding and removing are emailed (SIGN-9) and audited (DATA-4) by
 * {@link Passkeys}.
 */
@Controller
class PasskeyController {

	static final String CHALLENGE = "passkey.registration.challenge";

	private static final ZoneId ZONE = ZoneId.of("America/New_York");

	private final Passkeys passkeys;

	PasskeyController(Passkeys passkeys) {
		this.passkeys = passkeys;
	}

	/** A passkey as the page shows it. */
	record Row(long id, String name, String added, String lastUsed) {
	}

	@GetMapping("/account/passkeys")
	String show(@AuthenticationPrincipal AccountPrincipal principal, Model model, Locale locale) {
		return page(principal.accountId(), model, locale);
	}

	@PostMapping("/account/passkeys/options")
	ResponseEntity<Map<String, Object>> options(@AuthenticationPrincipal AccountPrincipal principal,
			HttpSession session) {
		byte[] challenge = this.passkeys.newChallenge();
		session.setAttribute(CHALLENGE, Passkeys.encode(challenge));
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(this.passkeys.creationOptions(principal.accountId(), principal.username(), challenge));
	}

	@PostMapping("/account/passkeys/add")
	String add(@AuthenticationPrincipal AccountPrincipal principal, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String credential, HttpServletRequest request, Locale locale, Model model,
			RedirectAttributes redirect) {
		HttpSession session = request.getSession();
		Object challenge = session.getAttribute(CHALLENGE);
		session.removeAttribute(CHALLENGE);
		Passkeys.Registration result = Passkeys.Registration.INVALID;
		if (challenge instanceof String text && !credential.isEmpty()
				&& credential.length() <= Passkeys.LONGEST_ANSWER) {
			result = this.passkeys.register(principal.accountId(), name, credential, Passkeys.decode(text),
					request.getRemoteAddr(), locale);
		}
		if (result == Passkeys.Registration.ADDED) {
			redirect.addFlashAttribute("notice", "account.passkeys.addedNotice");
			return "redirect:/account/passkeys";
		}
		model.addAttribute("error", switch (result) {
			case DUPLICATE -> "account.passkeys.error.duplicate";
			case TOO_MANY -> "account.passkeys.error.tooMany";
			default -> "account.passkeys.error.invalid";
		});
		return page(principal.accountId(), model, locale);
	}

	@PostMapping("/account/passkeys/{id}/rename")
	String rename(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable long id,
			@RequestParam(defaultValue = "") String name, Model model, Locale locale, RedirectAttributes redirect) {
		if (!this.passkeys.rename(principal.accountId(), id, name)) {
			model.addAttribute("error", "account.passkeys.error.name");
			return page(principal.accountId(), model, locale);
		}
		redirect.addFlashAttribute("notice", "account.passkeys.renamedNotice");
		return "redirect:/account/passkeys";
	}

	@PostMapping("/account/passkeys/{id}/remove")
	String remove(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable long id,
			HttpServletRequest request, Locale locale, RedirectAttributes redirect) {
		if (this.passkeys.remove(principal.accountId(), id, request.getRemoteAddr(), locale)) {
			redirect.addFlashAttribute("notice", "account.passkeys.removedNotice");
		}
		return "redirect:/account/passkeys";
	}

	private String page(long accountId, Model model, Locale locale) {
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		List<Row> rows = this.passkeys.list(accountId)
			.stream()
			.map((p) -> new Row(p.id(), p.name(), date(p.createdAt(), format), date(p.lastUsedAt(), format)))
			.toList();
		model.addAttribute("passkeys", rows);
		if (!model.containsAttribute("errorArgs")) {
			model.addAttribute("errorArgs", new Object[0]);
		}
		return "account/passkeys";
	}

	private static String date(Instant instant, DateTimeFormatter format) {
		return (instant != null) ? format.format(instant.atZone(ZONE)) : null;
	}

}
