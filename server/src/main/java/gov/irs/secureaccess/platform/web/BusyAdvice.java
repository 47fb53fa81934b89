package gov.irs.secureaccess.platform.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * When a bounded resource such as the password-hashing pool is full
 * ({@link ServiceBusyException}, DESIGN "Speed"), the request is answered at once with
 * 503 and Retry-After instead of queueing without bound; the transaction that was under
 * way rolls back, so nothing the person entered is half-saved and their journey stands
 * where it was.
 */
@ControllerAdvice
class BusyAdvice {

	@ExceptionHandler(ServiceBusyException.class)
	ModelAndView busy(ServiceBusyException ex, HttpServletResponse response) {
		response.setHeader("Retry-After", Long.toString(ex.retryAfterSeconds()));
		return new ModelAndView(ErrorPageViewResolver.VIEW,
				Map.of("status", 503, "messageKey", ErrorPageViewResolver.messageKey(HttpStatus.SERVICE_UNAVAILABLE)),
				HttpStatus.SERVICE_UNAVAILABLE);
	}

}
