package gov.irs.secureaccess.simulate;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import gov.irs.secureaccess.sources.creditbureau.AccountType;
import gov.irs.secureaccess.sources.creditbureau.CardNetwork;
import gov.irs.secureaccess.sources.creditbureau.CreditAccount;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;
import gov.irs.secureaccess.sources.phonecarrier.LineType;
import gov.irs.secureaccess.sources.phonecarrier.PhoneLine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One registration of the fault run ({@code faults/run}): a person of the service's
 * generated sources who can pass every step online, driven through the real pages by text
 * message. When a request fails (a node killed under it, the database failing over), the
 * failure and what the person saw are recorded, and the person carries on as one would:
 * waits a moment, opens the registration again (the session lives in PostgreSQL, so
 * whichever node answers continues it) and goes on from the step the page shows.
 */
final class FaultJourney {

	/** What one failed request showed the person. */
	record Failure(long at, int index, String step, int status, String shown) {
	}

	/** How the journey ended: READY when the final page said "Your account is ready". */
	record Outcome(int index, String username, String email, String phoneE164, String fullName, String line1,
			String result, int failures, long endedAt) {

		boolean ready() {
			return this.result.equals("READY");
		}

	}

	/**
	 * How long a person keeps trying after failures before giving up, and the pause
	 * between tries.
	 */
	private static final long PATIENCE_MS = 180_000;

	private static final long PAUSE_MS = 1_000;

	private final Browser browser;

	private final Mail mail;

	private final SyntheticPerson person;

	private final int index;

	private final String run;

	private final Consumer<Failure> failures;

	private int failed;

	private String step = "start";

	FaultJourney(String base, Mail mail, SyntheticPerson person, int index, String run, Consumer<Failure> failures) {
		this.browser = new Browser(base, "198.19." + (index / 250) + "." + (1 + index % 250));
		this.mail = mail;
		this.person = person;
		this.index = index;
		this.run = run;
		this.failures = failures;
	}

	/**
	 * Whether the generated person can register online by text with what the sources
	 * hold.
	 */
	static boolean straightThrough(SyntheticPerson person) {
		Optional<PhoneLine> phone = person.phoneIfAny();
		return person.hardCases().isEmpty() && account(person).isPresent() && phone.isPresent()
				&& phone.get().lineType() == LineType.MOBILE && phone.get().simChangedAt() == null
				&& phone.get().portedAt() == null && phone.get().smsCapable() && !phone.get().prepaid();
	}

	private static Optional<CreditAccount> account(SyntheticPerson person) {
		return person.creditFileIfAny()
			.filter((file) -> !file.frozen())
			.flatMap((file) -> file.accounts()
				.stream()
				.filter((account) -> (account.type() == AccountType.CREDIT_CARD
						&& account.network() != CardNetwork.AMERICAN_EXPRESS)
						|| (!account.type().isCard() && account.type() != AccountType.STUDENT_LOAN))
				.findFirst());
	}

	String username() {
		return "fault." + this.run + "." + this.index;
	}

	String email() {
		return "fault." + this.run + "." + this.index + "@example.test";
	}

	Outcome register() {
		String result;
		try {
			result = walk();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			result = "INTERRUPTED";
		}
		catch (RuntimeException ex) {
			result = "GAVE_UP at " + this.step + ": " + ex.getMessage();
		}
		var record = this.person.taxRecord();
		return new Outcome(this.index, username(), email(), this.person.phone().number().e164(),
				record.name().fullName(), record.address().line1(), result, this.failed, System.currentTimeMillis());
	}

	private String walk() throws InterruptedException {
		Browser.Page page = retrying(() -> Pages.startRegistration(this.browser));
		long emailMark = 0;
		long phoneMark = 0;
		int credentialTries = 0;
		CreditAccount account = account(this.person).orElseThrow();
		String e164 = this.person.phone().number().e164();
		for (int guard = 0; guard < 60; guard++) {
			this.step = Pages.registrationStep(page);
			Browser.Page shown = page;
			switch (this.step) {
				case "contact" -> {
					emailMark = mark();
					page = submit(shown, Map.of("firstName", this.person.taxRecord().name().first(), "lastName",
							this.person.taxRecord().name().last(), "email", email()));
				}
				case "confirm-email" -> {
					String code = code(Mail.key("EMAIL", email()), emailMark);
					page = submit(shown, Map.of("code", code));
				}
				case "identity" -> page = submit(shown, IdentityForms.exact(this.person.taxRecord()));
				case "financial" -> {
					if (shown.error() != null) {
						return "REFUSED at financial: " + shown.error();
					}
					page = submit(shown,
							Map.of("accountType", account.type().isCard() ? "CREDIT_CARD" : account.type().name(),
									"last8", account.last8().digits()));
				}
				case "phone" -> {
					if (shown.error() != null) {
						return "REFUSED at phone: " + shown.error();
					}
					phoneMark = mark();
					page = submit(shown, Map.of("phone", Pages.national(e164)));
				}
				case "confirm-phone" -> {
					String code = code(Mail.key("SMS", e164), phoneMark);
					page = submit(shown, Map.of("code", code));
				}
				case "credentials" -> {
					if (credentialTries++ >= 3) {
						return "REFUSED at credentials: " + shown.error();
					}
					page = submit(shown, Pages.credentials(shown, username(), Passwords.of(900_000L + this.index),
							"Lanterns by the harbor " + (this.index % 89)));
				}
				case "done" -> {
					return shown.heading().contains("Your account is ready") ? "READY"
							: "DONE without 'Your account is ready': " + shown.heading();
				}
				default -> {
					if (shown.error() != null) {
						return "REFUSED at " + this.step + ": " + shown.error();
					}
					String text = shown.text();
					return "UNEXPECTED page " + shown.path() + " (HTTP " + shown.status() + ", " + shown.heading()
							+ "): " + text.substring(0, Math.min(160, text.length()));
				}
			}
		}
		return "GAVE_UP: went round in circles at " + this.step;
	}

	/**
	 * Where the post office stands; it reads the outbox through HAProxy, so during a
	 * failover it waits too.
	 */
	private long mark() throws InterruptedException {
		long until = System.currentTimeMillis() + PATIENCE_MS;
		while (true) {
			try {
				return this.mail.mark();
			}
			catch (RuntimeException ex) {
				if (System.currentTimeMillis() > until) {
					throw ex;
				}
				Thread.sleep(PAUSE_MS);
			}
		}
	}

	/**
	 * The newest code sent to the box after the mark; the message is committed with the
	 * page that sent it.
	 */
	private String code(String box, long mark) throws InterruptedException {
		long until = System.currentTimeMillis() + 20_000;
		while (System.currentTimeMillis() < until) {
			try {
				Optional<String> code = this.mail.code(box, mark);
				if (code.isPresent()) {
					return code.get();
				}
			}
			catch (RuntimeException ex) {
				// The post office reads the outbox through HAProxy too: during a failover
				// it waits like everyone.
			}
			Thread.sleep(300);
		}
		throw new IllegalStateException("no code arrived at the " + (box.startsWith("SMS") ? "phone" : "inbox"));
	}

	private Browser.Page submit(Browser.Page page, Map<String, String> values) throws InterruptedException {
		try {
			return this.browser.submit(page, Pages.STEP, values);
		}
		catch (Browser.PageException | IOException ex) {
			failed(ex);
			// As a person would: open the registration again and go on from the step it
			// shows.
			return retrying(() -> this.browser.get(Pages.STEP));
		}
	}

	private interface Visit {

		Browser.Page go() throws Exception;

	}

	private Browser.Page retrying(Visit visit) throws InterruptedException {
		long until = System.currentTimeMillis() + PATIENCE_MS;
		while (true) {
			try {
				return visit.go();
			}
			catch (InterruptedException ex) {
				throw ex;
			}
			catch (Browser.PageException | IOException ex) {
				if (ex instanceof Browser.PageException page && page.status() == 0) {
					throw page;
				}
				failed(ex);
				if (System.currentTimeMillis() > until) {
					throw new IllegalStateException(
							"still failing after " + PATIENCE_MS / 1000 + " s: " + ex.getMessage());
				}
				Thread.sleep(PAUSE_MS);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

	private void failed(Exception ex) {
		if (ex instanceof Browser.PageException page && page.status() == 0) {
			throw page;
		}
		this.failed++;
		int status = (ex instanceof Browser.PageException page) ? page.status() : 0;
		String shown = (ex instanceof Browser.PageException page) ? shown(page.status(), page.body())
				: "no response (" + ex.getClass().getSimpleName() + ")";
		this.failures.accept(new Failure(System.currentTimeMillis(), this.index, this.step, status, shown));
	}

	/**
	 * What a failed response showed: the service's own error page, HAProxy's, or anything
	 * else (a stack trace).
	 */
	static String shown(int status, String body) {
		if (body.contains("\tat ") || body.contains("Exception") || body.contains("at gov.irs")) {
			return "STACK TRACE or exception text";
		}
		Document document = Jsoup.parse(body);
		if (document.selectFirst("link[href*=uswds], .usa-header, .usa-alert") != null) {
			return "service error page: " + document.select("h1").text();
		}
		if (body.toLowerCase(Locale.ROOT).contains("haproxy") || document.select("h1").text().matches("\\d{3} .*")) {
			return "HAProxy page: " + document.select("h1").text();
		}
		return "other: " + body.substring(0, Math.min(80, body.length())).replaceAll("\\s+", " ");
	}

	static List<String> header() {
		return List.of("index", "username", "email", "phone", "name", "line1", "result", "failures", "ended_at");
	}

}
