package gov.irs.secureaccess.federation;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import gov.irs.secureaccess.factors.passkey.Passkeys;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.proofing.FinancialCheck;
import gov.irs.secureaccess.session.AccountPrincipal;
import gov.irs.secureaccess.session.SigninAssurance;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsent;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The provider's own pages: the error page of requests that cannot go back to an
 * application, the consent page (FED-3), step-up (FED-4), the page for a
 * phishing-resistant sign-in without any passkey, and the way back to the application's
 * saved authorization request.
 */
@Controller
class FederationPagesController {

	/**
	 * One line of the consent page: a scope and the attributes it would give this
	 * application.
	 */
	record ConsentItem(String scope, List<String> claims, boolean alreadyAllowed) {
	}

	private final RegisteredClientRepository clients;

	private final OAuth2AuthorizationConsentService consents;

	private final StepUp stepUp;

	private final Passkeys passkeys;

	private final RequestCache requestCache = new HttpSessionRequestCache();

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final FinancialCheck financial;

	FederationPagesController(RegisteredClientRepository clients, OAuth2AuthorizationConsentService consents,
			StepUp stepUp, Passkeys passkeys, FinancialCheck financial) {
		this.financial = financial;
		this.clients = clients;
		this.consents = consents;
		this.stepUp = stepUp;
		this.passkeys = passkeys;
	}

	/**
	 * An authorization request that cannot be answered to any application: no redirect, a
	 * page (status 400).
	 */
	@RequestMapping(AuthorizationErrors.ERROR_PAGE)
	String error(HttpServletRequest request, HttpServletResponse response, Model model) {
		Object problem = request.getAttribute(AuthorizationErrors.PROBLEM);
		model.addAttribute("problem", (problem instanceof String text) ? text : "request");
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return "federation/error";
	}

	/**
	 * FED-3: what the application asks for, in words, with Allow and Deny. Both post to
	 * the authorization endpoint: Allow with the scopes, Deny with none (the application
	 * then receives {@code access_denied}).
	 */
	@GetMapping(AuthorizationServerConfiguration.CONSENT_PAGE)
	String consent(@AuthenticationPrincipal AccountPrincipal principal,
			@RequestParam(name = "client_id", required = false) String clientId,
			@RequestParam(name = "scope", defaultValue = "") String scope,
			@RequestParam(name = "state", required = false) String state, Model model, Locale locale,
			HttpServletResponse response) {
		RegisteredClient client = (clientId != null) ? this.clients.findByClientId(clientId) : null;
		if (client == null || state == null || state.isBlank()) {
			model.addAttribute("problem", "client");
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "federation/error";
		}
		OAuth2AuthorizationConsent previous = this.consents.findById(client.getId(),
				"account:" + principal.accountId());
		Set<String> allowedBefore = (previous != null) ? previous.getScopes() : Set.of();
		Set<String> requested = new LinkedHashSet<>(Arrays.asList(scope.trim().split("\\s+")));
		Set<String> allowedClaims = Applications.attributes(client);
		List<ConsentItem> items = new ArrayList<>();
		List<String> scopes = new ArrayList<>();
		for (String known : Attributes.SCOPES) {
			if (requested.contains(known) && client.getScopes().contains(known)) {
				List<String> claims = Attributes.CLAIMS_OF_SCOPE.getOrDefault(known, List.of())
					.stream()
					.filter(allowedClaims::contains)
					.toList();
				items.add(new ConsentItem(known, claims, allowedBefore.contains(known)));
				scopes.add(known);
			}
		}
		model.addAttribute("appName", Applications.displayName(client, locale));
		model.addAttribute("clientId", client.getClientId());
		model.addAttribute("state", state);
		model.addAttribute("items", items);
		model.addAttribute("scopes", scopes);
		model.addAttribute("level", Applications.level(client).name());
		return "federation/consent";
	}

	/** FED-4: the steps the account lacks for the level the application needs. */
	@GetMapping(AssuranceFilter.STEP_UP_PATH)
	String stepUp(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
		StepUp.Missing missing = this.stepUp.missing(principal.accountId());
		if (missing == StepUp.Missing.NONE) {
			return "redirect:/federation/continue";
		}
		return stepUpPage(principal, missing, null, Map.of(), model);
	}

	@PostMapping(AssuranceFilter.STEP_UP_PATH)
	String stepUpSubmit(@AuthenticationPrincipal AccountPrincipal principal,
			@RequestParam(name = "accountType", defaultValue = "") String accountType,
			@RequestParam(name = "last8", defaultValue = "") String last8, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		StepUp.Missing missing = this.stepUp.missing(principal.accountId());
		if (missing != StepUp.Missing.FINANCIAL) {
			return "redirect:" + AssuranceFilter.STEP_UP_PATH;
		}
		StepUp.Result result = this.stepUp.financial(principal.accountId(),
				StepInput.of(Map.of("accountType", accountType, "last8", last8)), request.getRemoteAddr());
		if (!result.raised()) {
			return stepUpPage(principal, missing, result.messageKey(), Map.of("accountType", accountType), model);
		}
		// The session's principal says the new level from now on (the profile shows it
		// too).
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				new AccountPrincipal(principal.accountId(), principal.username(), result.loa()), null,
				current.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		return "redirect:/federation/continue";
	}

	private String stepUpPage(AccountPrincipal principal, StepUp.Missing missing, String error,
			Map<String, String> form, Model model) {
		model.addAttribute("missing", missing.name());
		model.addAttribute("accountTypes", this.financial.offered());
		model.addAttribute("form", form);
		model.addAttribute("error", error);
		model.addAttribute("errorArgs", new Object[0]);
		model.addAttribute("exhausted", this.stepUp.exhausted(principal.accountId()));
		return "federation/step-up";
	}

	/**
	 * A phishing-resistant sign-in was asked for and the person has no passkey: how to
	 * add one.
	 */
	@GetMapping(AssuranceFilter.PASSKEY_NEEDED_PATH)
	String passkeyNeeded(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
		model.addAttribute("hasPasskey", this.passkeys.hasPasskeys(principal.accountId()));
		return "federation/passkey-needed";
	}

	/**
	 * Back to the application's authorization request that was waiting (or the profile if
	 * none).
	 */
	@GetMapping("/federation/continue")
	String continueToApplication(HttpServletRequest request, HttpServletResponse response) {
		SavedRequest saved = this.requestCache.getRequest(request, response);
		if (saved != null) {
			String path = URI.create(saved.getRedirectUrl()).getPath();
			if ((request.getContextPath() + SigninAssurance.RESUMABLE_PATH).equals(path)) {
				return "redirect:" + SigninAssurance.resumeUrl(saved);
			}
		}
		return "redirect:/account";
	}

}
