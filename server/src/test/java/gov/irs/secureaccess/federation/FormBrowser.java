package gov.irs.secureaccess.federation;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.signin.TestAccounts;
import gov.irs.secureaccess.support.FederationServerTest;
import gov.irs.secureaccess.support.OutboxCodes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's browser for the provider's pages, as plain HTTP (java.net.http, no Spring):
 * keeps cookies, follows redirects within the service, and fills in the forms a person
 * would (sign-in, agreement, consent). It stops at a redirect that leaves the service (to
 * an application) and hands it over.
 */
final class FormBrowser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	private final OutboxReader outbox;

	/** The last page shown (HTML), to read forms from. */
	String page = "";

	FormBrowser(String base, OutboxReader outbox) {
		this.base = base;
		this.outbox = outbox;
	}

	HttpResponse<String> get(String url) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(resolve(url)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		this.page = response.body();
		return response;
	}

	HttpResponse<String> post(String url, List<String[]> fields) throws IOException, InterruptedException {
		StringBuilder body = new StringBuilder();
		for (String[] field : fields) {
			if (body.length() > 0) {
				body.append('&');
			}
			body.append(URLEncoder.encode(field[0], StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(field[1], StandardCharsets.UTF_8));
		}
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(resolve(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build(), HttpResponse.BodyHandlers.ofString());
		this.page = response.body();
		return response;
	}

	/**
	 * Posts a body exactly as given, with this browser's cookies and {@code extraHeaders}
	 * (a Referer, an access token): for requests no browser sends, such as a truncated
	 * upload.
	 */
	HttpResponse<String> postRaw(String url, String contentType, byte[] body, Map<String, String> extraHeaders)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(resolve(url))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		extraHeaders.forEach(request::header);
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		this.page = response.body();
		return response;
	}

	/** The CSRF token of the current page's forms. */
	String csrfToken() {
		Matcher csrf = CSRF.matcher(this.page);
		assertThat(csrf.find()).as("a form with a CSRF token on the page").isTrue();
		return csrf.group(1);
	}

	/** Posts a form of the current page with its CSRF token. */
	HttpResponse<String> submit(String url, Map<String, String> fields) throws IOException, InterruptedException {
		List<String[]> all = new ArrayList<>();
		fields.forEach((name, value) -> all.add(new String[] { name, value }));
		Matcher csrf = CSRF.matcher(this.page);
		if (csrf.find()) {
			all.add(new String[] { "_csrf", csrf.group(1) });
		}
		return post(url, all);
	}

	/**
	 * Follows redirects while they stay in the service; answers the last response (a
	 * page, or a redirect out).
	 */
	HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
		HttpResponse<String> current = response;
		for (int i = 0; i < 20 && isRedirect(current); i++) {
			String location = location(current);
			if (!resolve(location).toString().startsWith(this.base)) {
				return current;
			}
			current = get(location);
		}
		return current;
	}

	/**
	 * Username, password and the texted code, from the username page; follows on after
	 * the sign-in.
	 */
	HttpResponse<String> signIn(String username, String password, String phone)
			throws IOException, InterruptedException {
		assertThat(this.page).as("the sign-in page").contains("name=\"username\"");
		follow(submit("/sign-in", Map.of("step", "username", "username", username)));
		follow(submit("/sign-in", Map.of("step", "password", "password", password)));
		assertThat(this.page).as("the code page").contains("name=\"code\"");
		return follow(submit("/sign-in", Map.of("step", "code", "code", OutboxCodes.latest(this.outbox, phone))));
	}

	/**
	 * A whole code flow for an application: sign-in on a fresh browser, the agreement and
	 * consent when asked, the code exchanged; answers the access token.
	 */
	static AccessToken accessToken(NimbusClient app, OutboxReader outbox, String username, String phone)
			throws Exception {
		return accessToken(app, app.start(), outbox, username, phone);
	}

	static AccessToken accessToken(NimbusClient app, NimbusClient.Flow flow, OutboxReader outbox, String username,
			String phone) throws Exception {
		FormBrowser browser = new FormBrowser(FederationServerTest.Port.issuer(), outbox);
		browser.follow(browser.get(flow.uri().toString()));
		HttpResponse<String> response = browser
			.acceptAgreementIfAsked(browser.signIn(username, TestAccounts.PASSWORD, phone));
		if (response.uri().getPath().equals("/federation/consent")) {
			response = browser.consent(true);
		}
		TokenResponse tokens = app.exchange(app.code(flow, response), flow.verifier());
		assertThat(tokens.indicatesSuccess()).as(String.valueOf(tokens)).isTrue();
		return tokens.toSuccessResponse().getTokens().getAccessToken();
	}

	/** Accepts the user agreement if it is the page shown; follows on. */
	HttpResponse<String> acceptAgreementIfAsked(HttpResponse<String> response)
			throws IOException, InterruptedException {
		if (response.statusCode() == 200 && response.uri().getPath().equals("/account/agreement")) {
			return follow(submit("/account/agreement/accept", Map.of()));
		}
		return response;
	}

	/** On the consent page: Allow (every scope listed) or Deny. Follows on. */
	HttpResponse<String> consent(boolean allow) throws IOException, InterruptedException {
		assertThat(this.page).as("the consent page").contains("id=\"consent-allow\"");
		String form = formAround(allow ? "consent-allow" : "consent-deny");
		List<String[]> fields = new ArrayList<>();
		Matcher input = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"").matcher(form);
		while (input.find()) {
			fields.add(new String[] { input.group(1), unescape(input.group(2)) });
		}
		return follow(post("/oauth2/authorize", fields));
	}

	/** The value of a cookie the service set, or null. */
	String cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	static boolean isRedirect(HttpResponse<String> response) {
		return response.statusCode() >= 300 && response.statusCode() < 400;
	}

	static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElseThrow();
	}

	private String formAround(String buttonId) {
		int button = this.page.indexOf("id=\"" + buttonId + "\"");
		int start = this.page.lastIndexOf("<form", button);
		return this.page.substring(start, button);
	}

	private URI resolve(String url) {
		return URI.create(this.base).resolve(url);
	}

	private static String unescape(String html) {
		return html.replace("&amp;", "&")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&lt;", "<")
			.replace("&gt;", ">");
	}

}
