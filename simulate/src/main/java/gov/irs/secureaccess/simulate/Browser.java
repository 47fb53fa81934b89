package gov.irs.secureaccess.simulate;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One person's browser: its own cookies and source address (sent as
 * {@code X-Forwarded-For}, the service running as behind a proxy, so rate limits per
 * address see each person apart), no JavaScript. It follows links and submits the forms
 * the pages show, with their hidden fields (CSRF token, step), and follows redirects.
 */
final class Browser {

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final String base;

	private final String address;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private int requests;

	Browser(String base, String address) {
		this.base = base;
		this.address = address;
	}

	/** A page as shown: where it is, its status and its document. */
	record Page(String path, int status, Document document) {

		Optional<Element> form(String action) {
			return this.document.select("form")
				.stream()
				.filter((form) -> form.attr("action").equals(action))
				.findFirst();
		}

		boolean hasForm(String action) {
			return form(action).isPresent();
		}

		/**
		 * The value of the hidden {@code step} field of the page's form that posts to
		 * {@code action}, or "".
		 */
		String step(String action) {
			return form(action).map((form) -> form.select("input[name=step]").attr("value")).orElse("");
		}

		/** The text of the refusal or error the page shows, or null. */
		String error() {
			Element error = this.document
				.selectFirst("#error-summary .usa-alert__text, .usa-alert--error .usa-alert__text");
			return (error != null) ? error.text() : null;
		}

		boolean has(String cssQuery) {
			return this.document.selectFirst(cssQuery) != null;
		}

		String heading() {
			Element h1 = this.document.selectFirst("h1");
			return (h1 != null) ? h1.text() : "";
		}

		String text() {
			return this.document.body().text();
		}

		/** The first link whose address is {@code href}. */
		Optional<String> link(String href) {
			return this.document.select("a[href]").stream().map((a) -> a.attr("href")).filter(href::equals).findFirst();
		}

	}

	int requests() {
		return this.requests;
	}

	Page get(String path) throws IOException, InterruptedException {
		return follow(send(HttpRequest.newBuilder(uri(path)).GET(), path));
	}

	/** A file as it comes (a CSV download), not parsed as a page. */
	String raw(String path) throws IOException, InterruptedException {
		Response response = send(HttpRequest.newBuilder(uri(path)).GET(), path);
		if (response.response().statusCode() != 200) {
			throw new PageException("HTTP " + response.response().statusCode() + " at " + path);
		}
		return response.response().body();
	}

	/** Follows a link the page shows; the page must show it. */
	Page click(Page page, String href) throws IOException, InterruptedException {
		String found = page.link(href)
			.orElseThrow(
					() -> new PageException("no link to " + href + " on " + page.path() + " (" + page.heading() + ")"));
		return get(found);
	}

	/**
	 * Submits the page's form that posts to {@code action}, with its hidden fields and
	 * these values.
	 */
	Page submit(Page page, String action, Map<String, String> values) throws IOException, InterruptedException {
		List<Element> forms = page.document()
			.select("form")
			.stream()
			.filter((f) -> f.attr("action").equals(action))
			.toList();
		if (forms.isEmpty()) {
			throw new PageException("no form to " + action + " on " + page.path() + " (" + page.heading() + ")");
		}
		// Several forms may post to one address (the refund account and the card form):
		// take the one with the fields.
		Element form = forms.stream()
			.filter((f) -> values.keySet().stream().allMatch((name) -> !f.select("[name=" + name + "]").isEmpty()))
			.findFirst()
			.orElse(forms.get(0));
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element input : form.select("input[type=hidden]")) {
			fields.put(input.attr("name"), input.attr("value"));
		}
		fields.putAll(values);
		StringJoiner body = new StringJoiner("&");
		fields.forEach((name, value) -> body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
				+ URLEncoder.encode(value, StandardCharsets.UTF_8)));
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()));
		return follow(send(request, action));
	}

	private record Response(String path, HttpResponse<String> response) {
	}

	private Response send(HttpRequest.Builder request, String path) throws IOException, InterruptedException {
		request.header("X-Forwarded-For", this.address)
			.header("Accept-Language", "en")
			.header("Accept", "text/html,application/xhtml+xml")
			.timeout(Duration.ofSeconds(120));
		if (!this.cookies.isEmpty()) {
			StringJoiner cookie = new StringJoiner("; ");
			this.cookies.forEach((name, value) -> cookie.add(name + "=" + value));
			request.header("Cookie", cookie.toString());
		}
		this.requests++;
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		for (String header : response.headers().allValues("set-cookie")) {
			String pair = header.split(";", 2)[0];
			int eq = pair.indexOf('=');
			String name = pair.substring(0, eq).strip();
			String value = pair.substring(eq + 1).strip();
			String lower = header.toLowerCase(Locale.ROOT);
			if (value.isEmpty() || lower.contains("max-age=0") || lower.contains("expires=thu, 01 jan 1970")) {
				this.cookies.remove(name);
			}
			else {
				this.cookies.put(name, value);
			}
		}
		return new Response(path, response);
	}

	private Page follow(Response response) throws IOException, InterruptedException {
		for (int hops = 0; hops < 8; hops++) {
			int status = response.response().statusCode();
			if (status != 301 && status != 302 && status != 303 && status != 307) {
				break;
			}
			String location = response.response().headers().firstValue("location").orElseThrow();
			String path = location.startsWith(this.base) ? location.substring(this.base.length()) : location;
			response = send(HttpRequest.newBuilder(uri(path)).GET(), path);
		}
		HttpResponse<String> last = response.response();
		if (last.statusCode() >= 500) {
			throw new PageException("HTTP " + last.statusCode() + " at " + response.path(), last.statusCode(),
					last.body());
		}
		String path = last.uri().getPath() + ((last.uri().getQuery() != null) ? "?" + last.uri().getQuery() : "");
		Document document = Jsoup.parse(last.body(), this.base);
		// The idle-session warning is hidden and shown only by script: no person without
		// JavaScript sees it.
		document.select("#session-warning").remove();
		return new Page(path, last.statusCode(), document);
	}

	private URI uri(String path) {
		return URI.create(path.startsWith("http") ? path : this.base + path);
	}

	/**
	 * A page did not offer what a person needed to go on (a missing link or form), or the
	 * service failed.
	 */
	static final class PageException extends RuntimeException {

		/** The HTTP status when the service failed (5xx), else 0. */
		private final int status;

		/**
		 * The body of the failed response, to tell the service's error page from a
		 * proxy's or a stack trace.
		 */
		private final String body;

		PageException(String message) {
			this(message, 0, "");
		}

		PageException(String message, int status, String body) {
			super(message);
			this.status = status;
			this.body = body;
		}

		int status() {
			return this.status;
		}

		String body() {
			return this.body;
		}

	}

	static List<String> radioValues(Page page, String name) {
		return page.document().select("input[type=radio][name=" + name + "]").eachAttr("value");
	}

}
