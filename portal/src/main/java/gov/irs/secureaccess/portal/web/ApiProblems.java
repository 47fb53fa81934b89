package gov.irs.secureaccess.portal.web;

import java.io.IOException;

import gov.irs.secureaccess.portal.api.TaxApiException;
import gov.irs.secureaccess.portal.signin.ApplicationSignIn;
import gov.irs.secureaccess.portal.signin.SignInAgainException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * What a page does when the server refuses. A level too low (RFC 9470
 * {@code insufficient_user_authentication}) is a step-up (FED-4): back through Secure
 * Access with the {@code acr_values} the API named, then back to the page. Tokens that
 * cannot be refreshed: a new sign-in. Otherwise a page that says what to do (no sign-in,
 * a missing permission, nothing on file, the service unreachable); never the server's raw
 * answer.
 */
@ControllerAdvice
class ApiProblems {

	private final ApplicationSignIn signIn;

	ApiProblems(ApplicationSignIn signIn) {
		this.signIn = signIn;
	}

	@ExceptionHandler(SignInAgainException.class)
	String signInAgain(SignInAgainException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		this.signIn.signIn(request, response, ex.registrationId());
		return null;
	}

	@ExceptionHandler(TaxApiException.class)
	String problem(TaxApiException ex, Model model, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		String key;
		int status;
		if (ex.status() == 401 && "insufficient_user_authentication".equals(ex.error())) {
			if (this.signIn.stepUp(request, response, ex.acrValues())) {
				return null;
			}
			key = "level";
			status = 403;
		}
		else if (ex.status() == 401) {
			key = "signIn";
			status = 401;
		}
		else if (ex.status() == 403) {
			key = "scope";
			status = 403;
		}
		else if (ex.status() == 404) {
			key = "notOnFile";
			status = 404;
		}
		else if (ex.status() == 0 || ex.status() >= 500) {
			key = "unavailable";
			status = 503;
		}
		else {
			key = "badRequest";
			status = 400;
		}
		response.setStatus(status);
		model.addAttribute("problem", key);
		return "problem";
	}

}
