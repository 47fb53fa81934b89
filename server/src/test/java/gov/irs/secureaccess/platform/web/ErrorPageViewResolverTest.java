package gov.irs.secureaccess.platform.web;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorPageViewResolverTest {

	private final ErrorPageViewResolver resolver = new ErrorPageViewResolver();

	@Test
	void whenErrorAttributesCarryExceptionDetails_thenModelHoldsOnlyStatusAndMessageKey() {
		Map<String, Object> attributes = Map.of("status", 500, "exception", "java.lang.IllegalStateException",
				"message", "SSN 666-12-3456 rejected", "trace", "at gov.irs...", "path", "/register/identity");

		ModelAndView view = this.resolver.resolveErrorView(new MockHttpServletRequest(),
				HttpStatus.INTERNAL_SERVER_ERROR, attributes);

		assertThat(view.getViewName()).isEqualTo("error");
		assertThat(view.getStatus()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
		assertThat(view.getModel()).containsOnly(Map.entry("status", 500), Map.entry("messageKey", "error.500"));
	}

	@Test
	void whenStatusHasItsOwnExplanation_thenItsKeyOtherwiseTheGenericOne() {
		assertThat(ErrorPageViewResolver.messageKey(HttpStatus.FORBIDDEN)).isEqualTo("error.403");
		assertThat(ErrorPageViewResolver.messageKey(HttpStatus.NOT_FOUND)).isEqualTo("error.404");
		assertThat(ErrorPageViewResolver.messageKey(HttpStatus.METHOD_NOT_ALLOWED)).isEqualTo("error.405");
		assertThat(ErrorPageViewResolver.messageKey(HttpStatus.INTERNAL_SERVER_ERROR)).isEqualTo("error.500");
		assertThat(ErrorPageViewResolver.messageKey(HttpStatus.BAD_REQUEST)).isEqualTo("error.generic");
		assertThat(ErrorPageViewResolver.messageKey(HttpStatus.CONFLICT)).isEqualTo("error.generic");
		assertThat(ErrorPageViewResolver.messageKey(HttpStatus.SERVICE_UNAVAILABLE)).isEqualTo("error.503");
	}

}
