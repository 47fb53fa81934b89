package gov.irs.secureaccess.platform.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The cookie that remembers the language chosen with the English / Español switch.
 *
 * @param name cookie name ({@code secure-access.web.language-cookie.name})
 * @param maxAge how long the choice is remembered
 * ({@code secure-access.web.language-cookie.max-age})
 * @param secure send the cookie over HTTPS only; set {@code true} wherever the service is
 * served over TLS ({@code secure-access.web.language-cookie.secure})
 */
@ConfigurationProperties("secure-access.web.language-cookie")
public record LanguageCookieProperties(@DefaultValue("secure-access-lang") String name,
		@DefaultValue("365d") Duration maxAge, @DefaultValue("false") boolean secure) {
}
