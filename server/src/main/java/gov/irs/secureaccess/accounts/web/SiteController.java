package gov.irs.secureaccess.accounts.web;

import java.util.Locale;
import java.util.Map;

import gov.irs.secureaccess.accounts.AccountLogin;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.ProfileChanges;
import gov.irs.secureaccess.accounts.SiteImages;
import gov.irs.secureaccess.session.AccountPrincipal;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /account/site}: a new site phrase (1 to 60 characters) and image (one of the
 * gallery), shown from the next sign-in on (REG-7, SIGN-4). The change is emailed
 * (SIGN-9) and audited.
 */
@Controller
class SiteController {

	static final int MAX_SITE_PHRASE = 60;

	private final Accounts accounts;

	private final ProfileChanges changes;

	SiteController(Accounts accounts, ProfileChanges changes) {
		this.accounts = accounts;
		this.changes = changes;
	}

	@GetMapping("/account/site")
	String show(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
		AccountLogin login = this.accounts.findLogin(principal.accountId()).orElseThrow();
		return page(Map.of("sitePhrase", login.sitePhrase(), "siteImage", login.siteImage()), null, model);
	}

	@PostMapping("/account/site")
	String change(@AuthenticationPrincipal AccountPrincipal principal,
			@RequestParam(defaultValue = "") String sitePhrase, @RequestParam(defaultValue = "") String siteImage,
			HttpServletRequest request, Locale locale, Model model, RedirectAttributes redirect) {
		String phrase = sitePhrase.strip();
		Map<String, String> form = Map.of("sitePhrase", sitePhrase, "siteImage", siteImage);
		int length = phrase.codePointCount(0, phrase.length());
		if (length < 1 || length > MAX_SITE_PHRASE) {
			model.addAttribute("errorArgs", new Object[] { MAX_SITE_PHRASE });
			return page(form, "account.site.error.phrase", model);
		}
		if (!SiteImages.isInGallery(siteImage)) {
			return page(form, "account.site.error.image", model);
		}
		this.changes.changeSite(principal.accountId(), phrase, siteImage, request.getRemoteAddr(), locale);
		redirect.addFlashAttribute("notice", "account.site.changed");
		return "redirect:/account";
	}

	private String page(Map<String, String> form, String error, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("gallery", SiteImages.GALLERY);
		model.addAttribute("maxSitePhrase", MAX_SITE_PHRASE);
		model.addAttribute("error", error);
		if (!model.containsAttribute("errorArgs")) {
			model.addAttribute("errorArgs", new Object[0]);
		}
		return "account/site";
	}

}
