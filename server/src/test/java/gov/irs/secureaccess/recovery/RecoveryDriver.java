package gov.irs.secureaccess.recovery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.messaging.OutboxEntry;
import gov.irs.secureaccess.messaging.OutboxReader;
import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static gov.irs.secureaccess.support.FormTokens.csrf;

/**
 * A browser for the recovery and sign-in pages in tests: keeps every cookie (the
 * session's included), follows redirects within the service, reads texted codes and
 * emails from the outbox. Each browser comes from its own source address, so per-address
 * limits of one test do not reach another.
 */
final class RecoveryDriver {

	static final String USERNAME = "/sign-in/forgot-username";

	static final String PASSWORD = "/sign-in/forgot-password";

	private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

	private final MockMvc mvc;

	private final OutboxReader outbox;

	private final String address;

	private final Map<String, Cookie> cookies = new LinkedHashMap<>();

	RecoveryDriver(MockMvc mvc, OutboxReader outbox) {
		this(mvc, outbox, nextAddress());
	}

	RecoveryDriver(MockMvc mvc, OutboxReader outbox, String address) {
		this.mvc = mvc;
		this.outbox = outbox;
		this.address = address;
	}

	static String nextAddress() {
		int n = NEXT_ADDRESS.getAndIncrement();
		return "10.77." + (n / 250) + "." + (n % 250 + 1);
	}

	MockHttpServletResponse get(String path) throws Exception {
		return perform(MockMvcRequestBuilders.get(path));
	}

	String page(String path) throws Exception {
		return get(path).getContentAsString();
	}

	MockHttpServletResponse post(String path, Map<String, String> fields) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(csrf());
		fields.forEach(request::param);
		return perform(request);
	}

	/** Posts and answers the page shown next (following one redirect). */
	String postAndShow(String path, Map<String, String> fields) throws Exception {
		MockHttpServletResponse response = post(path, fields);
		if (response.getStatus() == 302) {
			return page(response.getRedirectedUrl());
		}
		return response.getContentAsString();
	}

	/** Submits a step of a recovery page and answers the page shown next. */
	String step(String flowPath, String step, Map<String, String> fields) throws Exception {
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("step", step);
		return postAndShow(flowPath, all);
	}

	/** The code-page after asking for a username reminder. */
	String askUsername(String email) throws Exception {
		page(USERNAME);
		return step(USERNAME, "identify", Map.of("email", email));
	}

	String askPassword(String username, String email) throws Exception {
		page(PASSWORD);
		return step(PASSWORD, "identify", Map.of("username", username, "email", email));
	}

	long textsTo(String e164) {
		return this.outbox.newest(500)
			.stream()
			.filter((entry) -> entry.channel() == Channel.SMS && entry.recipient().equals(e164))
			.count();
	}

	String latestSmsCode(String e164) {
		String body = this.outbox.newest(500)
			.stream()
			.filter((entry) -> entry.channel() == Channel.SMS && entry.recipient().equals(e164))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no text to that phone"))
			.body();
		Matcher matcher = Pattern.compile("\\b(\\d{6})\\b").matcher(body);
		if (!matcher.find()) {
			throw new AssertionError("no code in the text");
		}
		return matcher.group(1);
	}

	List<OutboxEntry> emailsTo(String email) {
		return this.outbox.newest(500)
			.stream()
			.filter((entry) -> entry.channel() == Channel.EMAIL && entry.recipient().equals(email))
			.toList();
	}

	/** Username, password and the texted code at /sign-in. Answers the last response. */
	MockHttpServletResponse signIn(String username, String password, String e164) throws Exception {
		page("/sign-in");
		post("/sign-in", Map.of("step", "username", "username", username));
		MockHttpServletResponse afterPassword = post("/sign-in", Map.of("step", "password", "password", password));
		if (afterPassword.getStatus() != 302) {
			return afterPassword;
		}
		return post("/sign-in", Map.of("step", "code", "code", latestSmsCode(e164)));
	}

	/**
	 * The page without the per-request CSRF token, the one part of a page that is random
	 * by design.
	 */
	static String withoutCsrf(String page) {
		return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"\"");
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
		this.cookies.values().forEach(request::cookie);
		request.with((r) -> {
			r.setRemoteAddr(this.address);
			return r;
		});
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
