package gov.irs.secureaccess.platform.web;

import java.sql.SQLException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver;

/**
 * Registers {@link DatabaseUnavailable} on the public port, right after
 * {@link StartupGate}, and makes sure that a failure of the database reaches it from the
 * controllers.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseUnavailableConfiguration {

	@Bean
	FilterRegistrationBean<DatabaseUnavailable> databaseUnavailable(
			@Qualifier("thymeleafViewResolver") ObjectProvider<ViewResolver> views,
			ObjectProvider<LocaleResolver> locales) {
		FilterRegistrationBean<DatabaseUnavailable> registration = new FilterRegistrationBean<>(
				new DatabaseUnavailable(views, locales));
		registration.setOrder(DatabaseUnavailable.ORDER);
		return registration;
	}

	/**
	 * Spring MVC's own resolver, but a database's broken connection is not taken for a
	 * browser gone away.
	 */
	@Bean
	WebMvcConfigurer databaseFailuresAreNotDisconnectedClients() {
		return new WebMvcConfigurer() {

			@Override
			public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
				resolvers.replaceAll((resolver) -> (resolver.getClass() == DefaultHandlerExceptionResolver.class)
						? new DatabaseFailuresAreNotDisconnects() : resolver);
			}

		};
	}

	/**
	 * Spring MVC answers an exception whose causes include an {@code EOFException} (or a
	 * "broken pipe", "connection reset" message) as a browser that went away: an empty
	 * HTTP 200, logged at DEBUG only. The PostgreSQL driver's "connection attempt failed"
	 * has such a cause when a proxy takes the connection and closes it (HAProxy while no
	 * node is primary, during a Patroni failover), so every form sent then got a blank
	 * page instead of the 503 page ({@code faults/run short}, 3 December 2026). A failure
	 * with a database exception among its causes goes on to {@link DatabaseUnavailable}
	 * (503 while the database is away) or to the error page.
	 */
	static final class DatabaseFailuresAreNotDisconnects extends DefaultHandlerExceptionResolver {

		@Override
		protected ModelAndView handleDisconnectedClientException(Exception ex, HttpServletRequest request,
				HttpServletResponse response, Object handler) {
			return fromTheDatabase(ex) ? null : super.handleDisconnectedClientException(ex, request, response, handler);
		}

		static boolean fromTheDatabase(Throwable ex) {
			for (Throwable cause = ex; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
				if (cause instanceof SQLException || cause instanceof TransactionException
						|| cause instanceof DataAccessException) {
					return true;
				}
			}
			return false;
		}

	}

}
