package gov.irs.secureaccess.taxapps.api;

import gov.irs.secureaccess.platform.db.DatabaseAway;
import gov.irs.secureaccess.taxapps.NotOnFileException;
import gov.irs.secureaccess.taxapps.documents.InvalidDocumentException;
import gov.irs.secureaccess.taxapps.payments.PaymentAgreementRefused;
import gov.irs.secureaccess.taxapps.tinmatching.TinMatchingRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as RFC 9457 problem details ({@link ApiError}): access refusals
 * per RFC 6750 and RFC 9470 with their {@code WWW-Authenticate} header, refusals of the
 * applications as 400 (409 for a second payment plan), records not on file as 404,
 * malformed requests as 400 with a short message, the database away (a failover) as 503
 * with {@code Retry-After}, and anything unexpected as a bare 500 whose cause is logged
 * by type only (DATA-3).
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	@ExceptionHandler(ApiAccessDenied.class)
	ResponseEntity<ApiError> denied(ApiAccessDenied ex) {
		StringBuilder challenge = new StringBuilder("Bearer error=\"").append(ex.error())
			.append("\", error_description=\"")
			.append(ex.getMessage())
			.append('"');
		if (ex.scope() != null) {
			challenge.append(", scope=\"").append(ex.scope()).append('"');
		}
		if (ex.acrValues() != null) {
			challenge.append(", acr_values=\"").append(ex.acrValues()).append('"');
		}
		if (ex.error().equals("invalid_token")) {
			challenge = new StringBuilder("Bearer");
		}
		return ResponseEntity.status(ex.status())
			.header(HttpHeaders.WWW_AUTHENTICATE, challenge.toString())
			.contentType(ApiError.PROBLEM_JSON)
			.body(ApiError.of(ex.status(), ex.error(), ex.getMessage()).withChallenge(ex.scope(), ex.acrValues()));
	}

	@ExceptionHandler(NotOnFileException.class)
	ResponseEntity<ApiError> notOnFile(NotOnFileException ex) {
		return json(HttpStatus.NOT_FOUND, "not_found", ex.getMessage());
	}

	@ExceptionHandler(PaymentAgreementRefused.class)
	ResponseEntity<ApiError> refused(PaymentAgreementRefused ex) {
		HttpStatus status = switch (ex.reason()) {
			case ALREADY_ACTIVE -> HttpStatus.CONFLICT;
			case NONE_ACTIVE -> HttpStatus.NOT_FOUND;
			default -> HttpStatus.BAD_REQUEST;
		};
		return json(status, ApiError.of(status.value(), "refused", ex.getMessage()).withReason(ex.reason().name()));
	}

	@ExceptionHandler(TinMatchingRefused.class)
	ResponseEntity<ApiError> tinMatching(TinMatchingRefused ex) {
		return json(HttpStatus.BAD_REQUEST, "invalid_request", ex.getMessage());
	}

	@ExceptionHandler(InvalidDocumentException.class)
	ResponseEntity<ApiError> document(InvalidDocumentException ex) {
		HttpStatus status = (ex.problem() == InvalidDocumentException.Problem.TOO_LARGE) ? HttpStatus.CONTENT_TOO_LARGE
				: HttpStatus.BAD_REQUEST;
		return json(status,
				ApiError.of(status.value(), "invalid_request", ex.getMessage()).withReason(ex.problem().name()));
	}

	@ExceptionHandler(BadApiRequest.class)
	ResponseEntity<ApiError> badRequest(BadApiRequest ex) {
		return json(HttpStatus.BAD_REQUEST, "invalid_request", ex.getMessage());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ApiError> unexpected(Exception ex) {
		if (DatabaseAway.isCause(ex)) {
			// A failover under the request: nothing was changed, and a retry in a moment
			// finds the database again.
			log.warn("API request met the database away: {}", ex.getClass().getName());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, "10")
				.contentType(ApiError.PROBLEM_JSON)
				.body(ApiError.of(503, "temporarily_unavailable",
						"The service cannot reach its records just now. Try again in a moment."));
		}
		log.error("API request failed: {}", ex.getClass().getName());
		return json(HttpStatus.INTERNAL_SERVER_ERROR, "server_error", "Something went wrong. Try again later.");
	}

	/**
	 * Spring MVC's own errors (unreadable JSON, wrong method, missing part...): their
	 * status, a short message.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		String description = switch (statusCode.value()) {
			case 400 -> "The request is malformed: check the fields and their types.";
			case 404 -> "There is nothing at this address.";
			case 405 -> "This method is not allowed here.";
			case 406 -> "This resource answers JSON only.";
			case 413 -> "The request is too large.";
			case 415 -> "This content type is not accepted here.";
			default -> "The request could not be handled.";
		};
		HttpHeaders json = new HttpHeaders();
		json.addAll(headers);
		json.setContentType(ApiError.PROBLEM_JSON);
		return ResponseEntity.status(statusCode)
			.headers(json)
			.body(ApiError.of(statusCode.value(), (statusCode.value() == 400) ? "invalid_request" : "request_refused",
					description));
	}

	private static ResponseEntity<ApiError> json(HttpStatus status, String error, String description) {
		return json(status, ApiError.of(status.value(), error, description));
	}

	private static ResponseEntity<ApiError> json(HttpStatus status, ApiError error) {
		return ResponseEntity.status(status).contentType(ApiError.PROBLEM_JSON).body(error);
	}

}
