package gov.irs.secureaccess.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.signin.SigninDriver;
import gov.irs.secureaccess.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static gov.irs.secureaccess.support.FormTokens.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * NUL bytes and other control characters are refused at the edge, by one check for every
 * form ({@code InputGuard}): the person is sent back to the form with a message, nothing
 * of the request is used, and nothing breaks later. A NUL in the sign-in username used to
 * make every later sign-in page of that session a 500 (PostgreSQL cannot store it), in
 * the forgot-password and activation usernames a 500 at once (SIGN-1, SIGN-7, REG-6).
 */
@IntegrationTest
@AutoConfigureMockMvc
class ControlCharactersTest {

	private static final String NUL = "\u0000";

	@Autowired
	MockMvc mvc;

	@Autowired
	OutboxReader outbox;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	@DisplayName("SIGN-1: a NUL in the sign-in username is refused with a message, and the next sign-in pages work")
	void SIGN_1_whenTheSignInUsernameHoldsANul_thenItIsRefusedWithAMessageAndTheSessionStillWorks() throws Exception {
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox);
		browser.page("/sign-in");

		MockHttpServletResponse refused = browser.submit("username", Map.of("username", "olivia" + NUL + "x"));

		assertThat(refused.getStatus()).isEqualTo(303);
		assertThat(refused.getHeader("Location")).isEqualTo("/sign-in?refused=characters");
		MockHttpServletResponse shown = browser.get(refused.getHeader("Location"));
		assertThat(shown.getStatus()).isEqualTo(200);
		assertThat(shown.getContentAsString()).contains("We could not use what was sent")
			.contains("control characters")
			.contains("name=\"username\"");
		assertThat(browser.get("/sign-in").getStatus()).as("every later page of the session").isEqualTo(200);
		assertThat(browser.submitAndShow("username", Map.of("username", "olivia.after"))).contains("name=\"password\"");
	}

	@Test
	@DisplayName("SIGN-7: a NUL in the forgot-password username or email is refused with a message")
	void SIGN_7_whenTheForgotPasswordUsernameHoldsANul_thenItIsRefusedWithAMessage() throws Exception {
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox);
		browser.page("/sign-in/forgot-password");

		MockHttpServletResponse refused = browser.post("/sign-in/forgot-password",
				Map.of("step", "identify", "username", "someone" + NUL, "email", "someone@example.test"));

		assertThat(refused.getStatus()).isEqualTo(303);
		assertThat(browser.page(refused.getHeader("Location"))).contains("control characters")
			.contains("name=\"email\"");
		assertThat(browser.get("/sign-in/forgot-password").getStatus()).isEqualTo(200);
	}

	@Test
	@DisplayName("REG-6: a NUL in the activation sign-in username is refused with a message")
	void REG_6_whenTheActivationUsernameHoldsANul_thenItIsRefusedWithAMessage() throws Exception {
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox);
		browser.page("/register/activate");

		MockHttpServletResponse refused = browser.post("/register/activate",
				Map.of("step", "sign-in", "username", "someone" + NUL, "password", "whatever it is"));

		assertThat(refused.getStatus()).isEqualTo(303);
		assertThat(browser.page(refused.getHeader("Location"))).contains("control characters");
		assertThat(browser.get("/register/activate").getStatus()).isEqualTo(200);
	}

	@Test
	@DisplayName("Every form of the service, one check: a control character in any field is refused before the form sees it")
	void whenAnyFormIsPostedWithAControlCharacter_thenItIsSentBackWithTheReasonNeverAnError() throws Exception {
		List<String> forms = formPaths();
		assertThat(forms).as("the forms found")
			.hasSizeGreaterThan(30)
			.contains("/sign-in", "/register/step", "/documents", "/register/activate", "/sign-in/forgot-password");

		for (String path : forms) {
			for (String bad : List.of(NUL, "\u0008", "\u001b", "\u007f", "\u0085")) {
				MockHttpServletResponse response = this.mvc
					.perform(post(path).with(csrf())
						.header("Referer", "http://localhost/sign-in")
						.param("step", "username")
						.param("username", "a" + bad + "b"))
					.andReturn()
					.getResponse();
				assertThat(response.getStatus()).as(path + " with U+%04X", (int) bad.charAt(0)).isEqualTo(303);
				assertThat(response.getHeader("Location")).as(path).isEqualTo("/sign-in?refused=characters");
			}
		}
	}

	@Test
	void whenAFieldNameOrAQueryHoldsAControlCharacter_thenItIsRefusedToo() throws Exception {
		MockHttpServletResponse name = this.mvc.perform(post("/sign-in").with(csrf()).param("user" + NUL, "x"))
			.andReturn()
			.getResponse();
		MockHttpServletResponse query = this.mvc.perform(get("/register/step").param("journey", "a" + NUL + "b"))
			.andReturn()
			.getResponse();

		assertThat(name.getStatus()).isEqualTo(303);
		assertThat(query.getStatus()).isEqualTo(303);
		assertThat(query.getHeader("Location")).isEqualTo("/register/step?refused=characters");
	}

	@Test
	void whenTabsAndLineBreaksAreTyped_thenTheyPassAsText() throws Exception {
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox);
		browser.page("/sign-in");

		MockHttpServletResponse response = browser.submit("username", Map.of("username", "tab\tand\r\nbreak"));

		assertThat(response.getStatus()).isNotEqualTo(303);
	}

	@Test
	void whenTheRefusedParameterIsForged_thenOnlyKnownReasonsAreShownAndNeverTheValue() throws Exception {
		String page = this.mvc.perform(get("/sign-in?refused=<script>alert(1)</script>"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).doesNotContain("We could not use what was sent").doesNotContain("<script>alert");
	}

	/**
	 * The path of every POST form of the web pages (the API and the OpenID provider
	 * answer for themselves).
	 */
	private List<String> formPaths() {
		Set<String> skipped = Set.of("/error");
		List<String> paths = new ArrayList<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (!methods.contains(RequestMethod.POST) && !methods.isEmpty()) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				String path = pattern.replaceAll("\\{flow:[^}]*}", "forgot-password").replaceAll("\\{[^}]*}", "1");
				if (!path.startsWith("/api/") && !skipped.contains(path) && !paths.contains(path)) {
					paths.add(path);
				}
			}
		}
		return paths;
	}

}
