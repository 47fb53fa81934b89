package gov.irs.secureaccess.platform.web;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error page is the one localized {@code error} template. Its model holds only the
 * status code and the key of the message to show: never the exception, its message, the
 * path or a stack trace, whatever the error attributes contain (DATA-3).
 */
@Component
class ErrorPageViewResolver implements ErrorViewResolver {

	static final String VIEW = "error";

	private static final Set<Integer> EXPLAINED = Set.of(403, 404, 405, 500, 503);

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		return new ModelAndView(VIEW, Map.of("status", status.value(), "messageKey", messageKey(status)), status);
	}

	static String messageKey(HttpStatus status) {
		return EXPLAINED.contains(status.value()) ? "error." + status.value() : "error.generic";
	}

}
