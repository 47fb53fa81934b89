package gov.irs.secureaccess.home;

import gov.irs.secureaccess.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@AutoConfigureMockMvc
class HomePageTest {

	@Autowired
	MockMvc mvc;

	@Test
	void whenHomeRequestedWithoutLanguage_thenEnglishPageWithCreateAccountAndSignIn() throws Exception {
		String page = this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("<html lang=\"en\">")
			.containsPattern("<a class=\"usa-button\" href=\"/register\">Create account</a>")
			.containsPattern("<a class=\"usa-button usa-button--outline\" href=\"/sign-in\">Sign in</a>")
			.contains("<main id=\"main-content\"", "href=\"#main-content\"",
					"An official website of the United States government")
			.contains("tax records, a credit bureau and your mobile phone carrier")
			.containsPattern("<link rel=\"stylesheet\" href=\"/uswds/css/uswds\\.min-[0-9a-f]{32}\\.css\">")
			.containsPattern("<script src=\"/uswds/js/uswds\\.min-[0-9a-f]{32}\\.js\"></script>")
			.contains("href=\"?lang=es\"", ">Español</a>");
	}

	@Test
	void whenLangEs_thenSpanishPageWithCreateAccountAndSignIn() throws Exception {
		String page = this.mvc.perform(get("/").param("lang", "es"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("<html lang=\"es\">")
			.contains("<a class=\"usa-button\" href=\"/register\">Crear una cuenta</a>")
			.contains("<a class=\"usa-button usa-button--outline\" href=\"/sign-in\">Iniciar sesión</a>")
			.contains("Un sitio oficial del Gobierno de Estados Unidos", "Saltar al contenido principal")
			.contains("href=\"?lang=en\"", ">English</a>")
			.doesNotContain("Create account");
	}

	@Test
	void whenHomeRendered_thenNoInlineScriptOrStyleThatTheCspWouldBlock() throws Exception {
		String page = this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString();

		assertThat(page).doesNotContainPattern("(?i)\\sstyle\\s*=")
			.doesNotContainPattern("(?i)<style")
			.doesNotContainPattern("(?i)\\son[a-z]+\\s*=")
			.doesNotContainPattern("(?i)<script(?![^>]*\\ssrc=)")
			.doesNotContain("javascript:");
		assertThat(page).containsOnlyOnce("<script src=\"/uswds/js/uswds.min-");
	}

	@Test
	void whenLangEs_thenChoiceIsRememberedInAnHttpOnlyLaxCookie() throws Exception {
		var response = this.mvc.perform(get("/").param("lang", "es")).andReturn().getResponse();

		Cookie cookie = response.getCookie("secure-access-lang");
		assertThat(cookie).isNotNull();
		assertThat(cookie.getValue()).isEqualTo("es");
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.getAttribute("SameSite")).isEqualTo("Lax");
		assertThat(cookie.getMaxAge()).isPositive();

		String next = this.mvc.perform(get("/").cookie(cookie)).andReturn().getResponse().getContentAsString();
		assertThat(next).contains("<html lang=\"es\">", "Crear una cuenta");
	}

	@Test
	void whenLangEnWithSpanishCookie_thenEnglishAndCookieSwitchedBack() throws Exception {
		var response = this.mvc.perform(get("/").param("lang", "en").cookie(new Cookie("secure-access-lang", "es")))
			.andReturn()
			.getResponse();

		assertThat(response.getContentAsString()).contains("<html lang=\"en\">", "Create account");
		assertThat(response.getCookie("secure-access-lang").getValue()).isEqualTo("en");
	}

	@Test
	void whenLangIsNotSupported_thenIgnoredAndRememberedLanguageKept() throws Exception {
		var response = this.mvc.perform(get("/").param("lang", "fr").cookie(new Cookie("secure-access-lang", "es")))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getCookie("secure-access-lang")).isNull();
		assertThat(response.getContentAsString()).contains("<html lang=\"es\">", "Crear una cuenta");
	}

	@Test
	void whenCookieNamesUnsupportedLanguage_thenEnglish() throws Exception {
		String page = this.mvc.perform(get("/").cookie(new Cookie("secure-access-lang", "fr")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("<html lang=\"en\">", "Create account");
	}

}
