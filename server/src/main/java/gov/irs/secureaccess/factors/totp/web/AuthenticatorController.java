package gov.irs.secureaccess.factors.totp.web;

import java.util.Locale;
import java.util.Optional;

import gov.irs.secureaccess.factors.totp.AppCodeCheck;
import gov.irs.secureaccess.factors.totp.AppState;
import gov.irs.secureaccess.factors.totp.AuthenticatorApps;
import gov.irs.secureaccess.factors.totp.AuthenticatorChanges;
import gov.irs.secureaccess.factors.totp.Provisioning;
import gov.irs.secureaccess.factors.totp.QrCodes;
import gov.irs.secureaccess.session.AccountPrincipal;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /account/authenticator}: the authenticator app from the profile page (APP-1 to
 * APP-4).
 * <ul>
 * <li>No app: "Add an authenticator app" draws a secret and shows it as a QR code
 * ({@code qr.png}, drawn from the set-up waiting, never cached) and as a key in groups of
 * four, with the reminder that the device clock must be right; the first code confirms
 * it.</li>
 * <li>An app: "Replace with a new device" sets up a new one the same way while the old
 * one keeps signing in; the new one takes the old one's place only when its first code
 * confirms it. "Remove" is offered, and done, only when another second factor (the phone)
 * remains.</li>
 * </ul>
 * Every change is emailed (SIGN-9) and audited with the source address (DATA-4), by
 * {@link AuthenticatorChanges}.
 */
@Controller
class AuthenticatorController {

	static final int QR_SIZE = 240;

	private final AuthenticatorApps apps;

	private final AuthenticatorChanges changes;

	AuthenticatorController(AuthenticatorApps apps, AuthenticatorChanges changes) {
		this.apps = apps;
		this.changes = changes;
	}

	@GetMapping("/account/authenticator")
	String show(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
		return page(principal.accountId(), model);
	}

	/**
	 * APP-3: "add" on an account with an app sets up its replacement, never a second app.
	 */
	@PostMapping("/account/authenticator/start")
	String start(@AuthenticationPrincipal AccountPrincipal principal) {
		this.changes.start(principal.accountId());
		return "redirect:/account/authenticator";
	}

	@PostMapping("/account/authenticator/confirm")
	String confirm(@AuthenticationPrincipal AccountPrincipal principal, @RequestParam(defaultValue = "") String code,
			HttpServletRequest request, Locale locale, Model model, RedirectAttributes redirect) {
		long id = principal.accountId();
		boolean replacing = this.apps.state(id) == AppState.REPLACING;
		String typed = code.strip();
		if (typed.isEmpty() || typed.length() > 20) {
			model.addAttribute("error", "account.app.error.codeRequired");
			return page(id, model);
		}
		AppCodeCheck check = this.changes.confirm(id, typed, request.getRemoteAddr(), locale);
		if (check == AppCodeCheck.ACCEPTED) {
			redirect.addFlashAttribute("notice", replacing ? "account.app.replaced" : "account.app.added");
			return "redirect:/account";
		}
		if (check == AppCodeCheck.NOT_ENROLLED) {
			return "redirect:/account/authenticator";
		}
		model.addAttribute("error",
				(check == AppCodeCheck.REPLAYED) ? "account.app.error.codeUsed" : "account.app.error.codeWrong");
		return page(id, model);
	}

	@PostMapping("/account/authenticator/cancel")
	String cancel(@AuthenticationPrincipal AccountPrincipal principal) {
		this.apps.cancelPending(principal.accountId());
		return "redirect:/account/authenticator";
	}

	/** APP-4: never the last second factor, whatever the form said. */
	@PostMapping("/account/authenticator/remove")
	String remove(@AuthenticationPrincipal AccountPrincipal principal, HttpServletRequest request, Locale locale,
			Model model, RedirectAttributes redirect) {
		AuthenticatorChanges.Removal removal = this.changes.remove(principal.accountId(), request.getRemoteAddr(),
				locale);
		if (removal == AuthenticatorChanges.Removal.REFUSED_LAST_FACTOR) {
			model.addAttribute("error", "account.app.error.lastFactor");
			return page(principal.accountId(), model);
		}
		if (removal == AuthenticatorChanges.Removal.REMOVED) {
			redirect.addFlashAttribute("notice", "account.app.removed");
			return "redirect:/account";
		}
		return "redirect:/account/authenticator";
	}

	/**
	 * APP-1: the QR code of the set-up waiting for its first code; it holds the secret,
	 * so it is never stored.
	 */
	@GetMapping(path = "/account/authenticator/qr.png")
	ResponseEntity<byte[]> qrCode(@AuthenticationPrincipal AccountPrincipal principal) {
		Optional<Provisioning> pending = this.apps.pending(principal.accountId());
		if (pending.isEmpty()) {
			return ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build();
		}
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.header("Pragma", "no-cache")
			.contentType(MediaType.IMAGE_PNG)
			.body(QrCodes.png(pending.get().uri(), QR_SIZE));
	}

	private String page(long accountId, Model model) {
		AppState state = this.apps.state(accountId);
		model.addAttribute("state", state.name());
		if (!model.containsAttribute("errorArgs")) {
			model.addAttribute("errorArgs", new Object[0]);
		}
		model.addAttribute("qrSize", QR_SIZE);
		this.apps.pending(accountId)
			.ifPresent((provisioning) -> model.addAttribute("manualEntryKey", provisioning.manualEntryKey()));
		model.addAttribute("mayRemove", state != AppState.NONE && this.changes.mayRemove(accountId));
		return "account/authenticator";
	}

}
