package gov.irs.secureaccess.portal.web;

import jakarta.servlet.http.HttpServletResponse;

import gov.irs.secureaccess.portal.api.TaxApiException;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * What a page shows when the server refuses: a level too low (the step-up of phase 2), no sign-in, a missing
 * permission, nothing on file, or the service unreachable. Never the server's raw answer.
 */
@ControllerAdvice
class ApiProblems {

	@ExceptionHandler(TaxApiException.class)
	String problem(TaxApiException ex, Model model, HttpServletResponse response) {
		String key;
		int status;
		if (ex.status() == 401 && "insufficient_user_authentication".equals(ex.error())) {
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
