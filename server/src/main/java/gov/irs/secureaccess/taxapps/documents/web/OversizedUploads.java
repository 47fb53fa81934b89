package gov.irs.secureaccess.taxapps.documents.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload larger than the whole request may be (FED-5) cannot be read at all, so
 * neither its files nor its CSRF token would be: the person would get a bare 403. This
 * filter, ahead of Spring Security, sees the declared length first and sends the person
 * back to the upload page, which says how much may be sent. Nothing of the body is read.
 */
@Configuration(proxyBeanMethods = false)
class OversizedUploads {

	/**
	 * Ahead of the input check (-101) and Spring Security (-100), after Spring Session:
	 * nothing of the body is read.
	 */
	static final int ORDER = -102;

	static final String UPLOAD = "/documents/upload";

	static final String TOO_LARGE = "tooLarge";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> oversizedUploadsFilter(MultipartProperties multipart) {
		long limit = multipart.getMaxRequestSize().toBytes();
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > limit) {
							response.sendRedirect(request.getContextPath() + UPLOAD + "?" + TOO_LARGE + "=true");
							return;
						}
						chain.doFilter(request, response);
					}
				});
		registration.addUrlPatterns(UPLOAD);
		registration.setOrder(ORDER);
		return registration;
	}

}
