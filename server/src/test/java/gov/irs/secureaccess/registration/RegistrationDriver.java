package gov.irs.secureaccess.registration;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.messaging.OutboxEntry;
import gov.irs.secureaccess.messaging.OutboxReader;
import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static gov.irs.secureaccess.support.FormTokens.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * One person's browser on the registration pages, for tests: keeps the registration
 * cookie, reads the outbox.
 */
final class RegistrationDriver {

	static final Pattern SIX_DIGITS = Pattern.compile("\\b(\\d{6})\\b");

	static final Pattern MAIL_CODE = Pattern.compile("\\b([2-9A-Z]{4}-[2-9A-Z]{4})\\b");

	private final MockMvc mvc;

	private final OutboxReader outbox;

	private Cookie registration;

	private Cookie activation;

	/**
	 * The session cookie, as a browser keeps it: notices after a redirect travel in the
	 * session.
	 */
	private Cookie session;

	RegistrationDriver(MockMvc mvc, OutboxReader outbox) {
		this.mvc = mvc;
		this.outbox = outbox;
	}

	/**
	 * Another browser (or the same one reopened) carrying this one's registration cookie
	 * (REG-9).
	 */
	RegistrationDriver reopened() {
		RegistrationDriver other = new RegistrationDriver(this.mvc, this.outbox);
		other.registration = (this.registration != null)
				? new Cookie(this.registration.getName(), this.registration.getValue()) : null;
		return other;
	}

	MockHttpServletResponse start() throws Exception {
		MockHttpServletResponse response = perform(post("/register/start").with(csrf())).getResponse();
		this.registration = cookieFrom(response, "sa-registration");
		return response;
	}

	/** The page of the current step. */
	MockHttpServletResponse page() throws Exception {
		return perform(get("/register/step")).getResponse();
	}

	String pageText() throws Exception {
		return page().getContentAsString();
	}

	/**
	 * Submits a step's form; answers the page shown after it (following the redirect).
	 */
	String submit(String step, Map<String, String> fields) throws Exception {
		MockHttpServletResponse response = submitRaw(step, fields);
		return (response.getStatus() == 302) ? pageText() : response.getContentAsString();
	}

	/**
	 * Submits a step's form and answers the response itself (status, body), without
	 * following a redirect.
	 */
	MockHttpServletResponse submitRaw(String step, Map<String, String> fields) throws Exception {
		MockHttpServletRequestBuilder request = post("/register/step").with(csrf()).param("step", step);
		fields.forEach(request::param);
		return perform(request).getResponse();
	}

	MockHttpServletResponse postAction(String path) throws Exception {
		return perform(post(path).with(csrf())).getResponse();
	}

	/**
	 * Posts an action (resend, mail, change phone) and answers the page it leads to, with
	 * its notice.
	 */
	String act(String path) throws Exception {
		MockHttpServletResponse response = postAction(path);
		return (response.getStatus() == 302) ? pageText() : response.getContentAsString();
	}

	/** The newest code sent to a recipient over a channel. */
	String latestCode(Channel channel, String recipient) {
		OutboxEntry entry = latest(channel, recipient);
		Matcher matcher = ((channel == Channel.LETTER) ? MAIL_CODE : SIX_DIGITS).matcher(entry.body());
		if (!matcher.find()) {
			throw new AssertionError("no code in the " + channel + " to that recipient");
		}
		return matcher.group(1);
	}

	OutboxEntry latest(Channel channel, String recipientPart) {
		return this.outbox.newest(500)
			.stream()
			.filter((entry) -> entry.channel() == channel && entry.recipient().contains(recipientPart))
			.findFirst()
			.orElseThrow(() -> new AssertionError("nothing sent by " + channel + " to that recipient"));
	}

	// The mail path's finish.

	String activationPage() throws Exception {
		MockHttpServletResponse response = perform(get("/register/activate")).getResponse();
		Cookie issued = cookieFrom(response, "sa-activation");
		if (issued != null) {
			this.activation = issued;
		}
		return response.getContentAsString();
	}

	String activate(String step, Map<String, String> fields) throws Exception {
		MockHttpServletRequestBuilder request = post("/register/activate").with(csrf()).param("step", step);
		fields.forEach(request::param);
		MockHttpServletResponse response = perform(request).getResponse();
		Cookie issued = cookieFrom(response, "sa-activation");
		if (issued != null) {
			this.activation = issued;
		}
		return (response.getStatus() == 302) ? activationPage() : response.getContentAsString();
	}

	/**
	 * Posts an action of the activation pages (APP-2: an app instead of a phone) and
	 * answers the page it leads to.
	 */
	String activationAction(String path) throws Exception {
		MockHttpServletResponse response = postAction(path);
		return (response.getStatus() == 302) ? activationPage() : response.getContentAsString();
	}

	/** A GET with this browser's cookies, answered as is (an image, a 404). */
	MockHttpServletResponse fetch(String path) throws Exception {
		return perform(get(path)).getResponse();
	}

	/** The id of this browser's registration (the cookie's value). */
	UUID journeyId() {
		return UUID.fromString(this.registration.getValue());
	}

	/** A page as the person reads it: HTML entities decoded. */
	static String text(String html) {
		return HtmlUtils.htmlUnescape(html);
	}

	private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(withCookies(request)).andReturn();
		for (String header : result.getResponse().getHeaders("Set-Cookie")) {
			if (header.startsWith("SESSION=")) {
				Cookie issued = cookieFrom(result.getResponse(), "SESSION");
				this.session = (issued != null && !header.contains("Max-Age=0")) ? issued : null;
			}
		}
		return result;
	}

	private MockHttpServletRequestBuilder withCookies(MockHttpServletRequestBuilder request) {
		if (this.session != null) {
			request.cookie(this.session);
		}
		if (this.registration != null) {
			request.cookie(this.registration);
		}
		if (this.activation != null) {
			request.cookie(this.activation);
		}
		return request;
	}

	private static Cookie cookieFrom(MockHttpServletResponse response, String name) {
		for (String header : response.getHeaders("Set-Cookie")) {
			if (header.startsWith(name + "=")) {
				String value = header.substring(name.length() + 1, header.indexOf(';'));
				return value.isEmpty() ? null : new Cookie(name, value);
			}
		}
		return null;
	}

}
