package gov.irs.secureaccess.signin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.messaging.OutboxReader;
import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static gov.irs.secureaccess.support.FormTokens.csrf;

/**
 * A browser for the sign-in pages in tests: keeps every cookie (the session's included),
 * reads texted codes.
 */
public final class SigninDriver {

	private final MockMvc mvc;

	private final OutboxReader outbox;

	private final Map<String, Cookie> cookies = new LinkedHashMap<>();

	private final String remoteAddress;

	public SigninDriver(MockMvc mvc, OutboxReader outbox) {
		this(mvc, outbox, null);
	}

	/**
	 * A browser whose requests come from {@code remoteAddress} (for the per-address
	 * limits).
	 */
	public SigninDriver(MockMvc mvc, OutboxReader outbox, String remoteAddress) {
		this.mvc = mvc;
		this.outbox = outbox;
		this.remoteAddress = remoteAddress;
	}

	public MockHttpServletResponse get(String path) throws Exception {
		return perform(MockMvcRequestBuilders.get(path));
	}

	public String page(String path) throws Exception {
		return get(path).getContentAsString();
	}

	/**
	 * Posts a sign-in step; answers the next page (following a redirect within sign-in)
	 * or the redirect itself.
	 */
	public MockHttpServletResponse submit(String step, Map<String, String> fields) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post("/sign-in")
			.with(csrf())
			.param("step", step);
		fields.forEach(request::param);
		return perform(request);
	}

	public String submitAndShow(String step, Map<String, String> fields) throws Exception {
		MockHttpServletResponse response = submit(step, fields);
		if (response.getStatus() == 302) {
			return page(response.getRedirectedUrl());
		}
		return response.getContentAsString();
	}

	public MockHttpServletResponse post(String path) throws Exception {
		return perform(MockMvcRequestBuilders.post(path).with(csrf()));
	}

	/**
	 * Posts a form (with its CSRF token) and answers the response, a redirect after a
	 * change.
	 */
	public MockHttpServletResponse post(String path, Map<String, String> params) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(csrf());
		params.forEach(request::param);
		return perform(request);
	}

	/**
	 * Posts a form and shows where it leads: the redirect target, or the page itself when
	 * it answered one.
	 */
	public String postAndShow(String path, Map<String, String> params) throws Exception {
		MockHttpServletResponse response = post(path, params);
		return (response.getStatus() == 302) ? page(response.getRedirectedUrl()) : response.getContentAsString();
	}

	/**
	 * SIGN-8: accepts the current e-Services User Agreement (after sign-in, before the
	 * account pages open).
	 */
	public MockHttpServletResponse acceptAgreement() throws Exception {
		return post("/account/agreement/accept");
	}

	public String session() {
		Cookie session = this.cookies.get("SESSION");
		return (session != null) ? session.getValue() : null;
	}

	public String latestSmsCode(String e164) {
		String body = this.outbox.newest(200)
			.stream()
			.filter((entry) -> entry.channel() == Channel.SMS && entry.recipient().equals(e164))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no text to that phone"))
			.body();
		Matcher matcher = Pattern.compile("\\b(\\d{6})\\b").matcher(body);
		matcher.find();
		return matcher.group(1);
	}

	/**
	 * Username, password and the texted code: a full sign-in. Answers the final response.
	 */
	public MockHttpServletResponse signIn(String username, String password, String e164) throws Exception {
		page("/sign-in");
		submit("username", Map.of("username", username));
		submit("password", Map.of("password", password));
		return submit("code", Map.of("code", latestSmsCode(e164)));
	}

	/**
	 * A browser of a new active account, signed in with the agreement accepted: ready for
	 * any signed-in page.
	 */
	public static SigninDriver signedInAsNewAccount(MockMvc mvc, OutboxReader outbox, Accounts accounts,
			PasswordHasher hasher, String prefix) throws Exception {
		TestAccounts.Made account = TestAccounts.active(accounts, hasher, prefix);
		SigninDriver browser = new SigninDriver(mvc, outbox);
		browser.signIn(account.username(), TestAccounts.PASSWORD, account.phone());
		browser.acceptAgreement();
		return browser;
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
		this.cookies.values().forEach(request::cookie);
		if (this.remoteAddress != null) {
			request.with((r) -> {
				r.setRemoteAddr(this.remoteAddress);
				return r;
			});
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		for (String header : response.getHeaders("Set-Cookie")) {
			String name = header.substring(0, header.indexOf('='));
			int end = header.indexOf(';');
			String value = header.substring(name.length() + 1, (end > 0) ? end : header.length());
			if (value.isEmpty() || header.contains("Max-Age=0")) {
				this.cookies.remove(name);
			}
			else {
				this.cookies.put(name, new Cookie(name, value));
			}
		}
		return response;
	}

}
