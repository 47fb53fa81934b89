package gov.irs.secureaccess.simulate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import gov.irs.secureaccess.assisted.StaffRole;
import org.jsoup.nodes.Element;

/**
 * An impostor at work (the profile's impostor table): with only what they hold, they try
 * every path the pages offer, as often as the pages let them: registration with the
 * victim's identity and their own email, phone and address (guessing what they lack), the
 * mailed code (which goes to the victim) and the activation page, the e-Help Desk, and,
 * for stolen passwords, sign-in and password recovery. They never see the victim's mail,
 * email or texts, except texts to a number whose SIM they swapped.
 */
final class Attacker {

	/**
	 * Fresh registrations an impostor starts in one day (the per-SSN limits stop them
	 * sooner).
	 */
	private static final int RESTARTS = 4;

	private final Run run;

	private final Impostor impostor;

	private final Result result;

	private final Random random;

	private String username;

	private String password;

	Attacker(Run run, Impostor impostor, Result result) {
		this.run = run;
		this.impostor = impostor;
		this.result = result;
		this.random = run.randomFor(37, impostor.index);
	}

	private Browser browser() {
		return new Browser(this.run.base(),
				"203.0." + (113 + this.impostor.index / 250 % 2) + "." + (1 + this.impostor.index % 250));
	}

	void attack(int day) throws Exception {
		if (this.impostor.kind == Impostor.Kind.CREDENTIAL_STUFFING) {
			takeover(day);
			return;
		}
		for (int journey = 0; journey < RESTARTS && this.result.level() < 3; journey++) {
			if (!register(day, journey)) {
				break;
			}
		}
		if (this.username != null) {
			this.run.agenda().book(day + 6, this::tryActivation);
		}
		this.run.agenda().book(day + 1, this::callDesk);
		this.result.blocked("TAC", "a TAC officer compares two forms of identification with the person: an impostor "
				+ "has only their own, so nothing is recorded");
	}

	/** One registration; answers whether another one is worth starting. */
	private boolean register(int day, int journey) throws Exception {
		Browser browser = browser();
		Browser.Page page = Pages.startRegistration(browser);
		Person victim = this.impostor.victim;
		Map<String, String> exact = IdentityForms.exact(victim.record);
		long mark = 0;
		int identityTries = 0;
		int financialTries = 0;
		boolean refundTried = false;
		boolean noneOfTheseSaid = false;
		boolean phoneTried = false;
		for (int guard = 0; guard < 40; guard++) {
			String step = Pages.registrationStep(page);
			this.result.note("day " + day + " " + step + ((page.error() != null) ? " refused" : ""));
			switch (step) {
				case "contact" -> {
					mark = this.run.mail().mark();
					page = browser.submit(page, Pages.STEP, Map.of("firstName", victim.record.name().first(),
							"lastName", victim.record.name().last(), "email", this.impostor.ownEmail));
				}
				case "confirm-email" -> {
					String code = this.run.mail().code(Mail.key("EMAIL", this.impostor.ownEmail), mark).orElseThrow();
					page = browser.submit(page, Pages.STEP, Map.of("code", code));
				}
				case "identity" -> {
					Map<String, String> form = this.impostor.holdsFullIdentity() ? exact
							: IdentityForms.guessedAddress(exact, this.random);
					if (!this.impostor.holdsFullIdentity()) {
						// They hold no filing status: a guess.
						form.put("filingStatus", (identityTries % 2 == 0) ? "SINGLE" : "MARRIED_FILING_JOINTLY");
					}
					identityTries++;
					page = browser.submit(page, Pages.STEP, form);
				}
				case "financial" -> {
					financialTries++;
					if (financialTries > 12) {
						return false;
					}
					if (page.has("#refund-account") && !refundTried) {
						refundTried = true;
						// The victim's returns show the refund's routing number and
						// account (Form 1040, lines 35b and 35d); whoever holds no return
						// guesses.
						Person.Refund refund = (this.impostor.kind == Impostor.Kind.IDENTITY_AND_RETURNS)
								? victim.refund : null;
						page = browser.submit(page, Pages.STEP,
								Map.of("proof", "refund-account", "routingNumber",
										(refund != null) ? refund.routingNumber() : "021000021", "accountLast4",
										(refund != null) ? refund.last4()
												: String.format(Locale.ROOT, "%04d", this.random.nextInt(10_000))));
						continue;
					}
					if (!noneOfTheseSaid && page.hasForm("/register/none-of-these")
							&& !(this.impostor.holdsCard() && financialTries == 1)) {
						// REG-14: claim to hold none of the listed accounts, to be
						// offered the refund account.
						noneOfTheseSaid = true;
						page = browser.submit(page, "/register/none-of-these", Map.of());
						continue;
					}
					Person.Account card = victim.accounts.stream()
						.filter((account) -> account.type().equals("CREDIT_CARD"))
						.findFirst()
						.orElse(null);
					List<String> offered = Browser.radioValues(page, "accountType");
					if (this.impostor.holdsCard() && card != null && financialTries == 1) {
						page = browser.submit(page, Pages.STEP,
								Map.of("accountType", "CREDIT_CARD", "last8", card.last8()));
					}
					else if (!offered.isEmpty()) {
						page = browser.submit(page, Pages.STEP,
								Map.of("accountType", offered.get(this.random.nextInt(offered.size())), "last8",
										String.format(Locale.ROOT, "%08d", this.random.nextInt(100_000_000))));
					}
					else {
						return false;
					}
				}
				case "phone" -> {
					if (!phoneTried) {
						phoneTried = true;
						String phone = (this.impostor.swappedPhone != null) ? this.impostor.swappedPhone
								: this.impostor.ownPhone;
						page = browser.submit(page, Pages.STEP, Map.of("phone", Pages.national(phone)));
					}
					else if (page.hasForm("/register/mail")) {
						page = browser.submit(page, "/register/mail", Map.of());
					}
					else {
						return false;
					}
				}
				case "confirm-phone" -> {
					// Only a swapped SIM brings them the victim's texts.
					String phone = (this.impostor.swappedPhone != null) ? this.impostor.swappedPhone
							: this.impostor.ownPhone;
					String code = this.run.mail().code(Mail.key("SMS", phone), 0).orElse(null);
					if (code == null) {
						page = browser.submit(page, "/register/change-phone", Map.of());
						continue;
					}
					page = browser.submit(page, Pages.STEP, Map.of("code", code));
				}
				case "credentials" -> {
					this.username = "x" + this.impostor.index + "." + journey + ".acct";
					this.password = Passwords.of(9_000_000L + this.impostor.index);
					page = browser.submit(page, Pages.STEP,
							Pages.credentials(page, this.username, this.password, "Sunny side " + this.impostor.index));
					if (page.error() != null) {
						return false;
					}
				}
				case "done" -> {
					this.result.reached(3, Result.Path.ONLINE_TEXT);
					this.result.accountMade("registration, texted code to a swapped SIM");
					signIn(day);
					return false;
				}
				case "mail-done" -> {
					this.result.reached(2, Result.Path.ONLINE_MAIL);
					this.result.accountMade("registration, code by mail (to the victim's address)");
					return false;
				}
				case "exhausted" -> {
					this.result.blocked("registration", page.document().select(".usa-intro").text());
					return true;
				}
				default -> {
					this.result.blocked("registration", page.heading());
					return false;
				}
			}
			if (page.error() != null) {
				this.result.blocked("registration", Pages.registrationStep(page) + ": " + page.error());
			}
		}
		return false;
	}

	/**
	 * The mailed code went to the victim: all they can do is guess it on the activation
	 * page.
	 */
	private void tryActivation(int day) throws Exception {
		Browser browser = browser();
		Browser.Page page = Pages.findActivation(browser);
		if (page == null) {
			return;
		}
		for (int guard = 0; guard < 10; guard++) {
			String step = page.step(Pages.ACTIVATE);
			if (step.equals("sign-in")) {
				page = browser.submit(page, Pages.ACTIVATE,
						Map.of("username", this.username, "password", this.password));
				if (page.step(Pages.ACTIVATE).equals("sign-in")) {
					return;
				}
			}
			else if (step.equals("code")) {
				page = browser.submit(page, Pages.ACTIVATE, Map.of("code", guessMailCode()));
			}
			else {
				if (page.has(".usa-alert--success") || step.equals("phone")) {
					this.result.reached(3, Result.Path.ONLINE_MAIL);
					this.result.accountMade("activation code guessed");
				}
				this.result.blocked("activation", (page.error() != null) ? page.error() : page.heading());
				return;
			}
		}
	}

	private String guessMailCode() {
		String alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			if (i == 4) {
				code.append('-');
			}
			code.append(alphabet.charAt(this.random.nextInt(alphabet.length())));
		}
		return code.toString();
	}

	/**
	 * The e-Help Desk: the victim's SSN and name; the questions answered from the returns
	 * they hold, or guessed.
	 */
	void callDesk(int day) throws Exception {
		Staff.Member assistor = this.run.staff().take(StaffRole.ASSISTOR, day);
		try {
			Browser desk = assistor.browser;
			Browser.Page page = desk.get("/assist");
			String caseNumber = this.run.caseNumber("EHD");
			page = desk.submit(page, "/assist/lookup",
					Map.of("caseNumber", caseNumber, "ssn", this.impostor.victim.record.ssn().formatted(), "lastName",
							this.impostor.victim.record.name().last()));
			if (!page.hasForm("/assist/questions")) {
				this.result.blocked("e-Help Desk", page.document().select(".usa-alert__text").text());
				return;
			}
			page = desk.submit(page, "/assist/questions", Map.of("caseNumber", caseNumber));
			if (!page.hasForm("/assist/answers")) {
				this.result.blocked("e-Help Desk", page.document().select(".usa-alert__text").text());
				return;
			}
			boolean holdsReturns = this.impostor.kind == Impostor.Kind.IDENTITY_AND_RETURNS;
			Map<String, String> answers = this.run.answers()
				.of(this.impostor.victim.record, page, holdsReturns, this.random);
			if (!holdsReturns) {
				answers = guesses(answers);
			}
			page = desk.submit(page, "/assist/answers", answers);
			if (!page.has("#passed")) {
				this.result.blocked("e-Help Desk", page.document().select(".usa-alert__text").text());
				return;
			}
			page = desk.submit(page, "/assist/create", Map.of("caseNumber", caseNumber));
			Element temporary = page.document().selectFirst("#temporary-password");
			Element created = page.document().selectFirst("#created-username");
			if (temporary != null && created != null) {
				this.result.reached(2, Result.Path.E_HELP_DESK);
				this.result.accountMade("e-Help Desk (activation code mailed to the victim's address)");
				this.username = created.text();
				this.password = temporary.text();
				this.run.agenda().book(day + 6, this::tryActivation);
			}
		}
		finally {
			this.run.staff().release(StaffRole.ASSISTOR, assistor);
		}
	}

	private Map<String, String> guesses(Map<String, String> right) {
		Map<String, String> guessed = new HashMap<>();
		right.forEach((name, value) -> guessed.put(name, value.matches("-?\\d+(\\.\\d+)?")
				? Integer.toString(20_000 + this.random.nextInt(80_000)) : value + "?"));
		return guessed;
	}

	// ---------------------------------------------------------------- account takeover

	private void takeover(int day) throws Exception {
		Honest registered = this.run.takeoverVictim(this.impostor.victim);
		if (registered == null || registered.username() == null) {
			this.result.blocked("sign-in", "the victim's registration (before the run) did not finish");
			return;
		}
		this.username = registered.username();
		this.password = registered.password();
		signIn(day);
		if (!this.result.isSignedIn()) {
			recover();
		}
	}

	/**
	 * Username, password, then the security code texted to the victim's phone, which they
	 * do not have: guessed.
	 */
	private void signIn(int day) throws Exception {
		Browser browser = browser();
		Browser.Page page = browser.click(browser.get("/"), "/sign-in");
		page = browser.submit(page, "/sign-in", Map.of("username", this.username));
		page = browser.submit(page, "/sign-in", Map.of("password", this.password));
		for (int guess = 0; guess < 12; guess++) {
			if (!"code".equals(page.step("/sign-in"))) {
				break;
			}
			String phone = this.impostor.swappedPhone;
			String code = (phone != null) ? this.run.mail().code(Mail.key("SMS", phone), 0).orElse(null) : null;
			page = browser.submit(page, "/sign-in", Map.of("code",
					(code != null) ? code : String.format(Locale.ROOT, "%06d", this.random.nextInt(1_000_000))));
		}
		if (page.path().startsWith("/account")) {
			this.result.signedIn();
			this.result.accountMade((this.result.accountPath() != null) ? this.result.accountPath() : "sign-in");
		}
		else {
			this.result.blocked("sign-in", (page.error() != null) ? page.error() : page.heading());
		}
	}

	/**
	 * "Forgot password": the victim's username and email; the code goes to the victim's
	 * phone: guessed.
	 */
	private void recover() throws Exception {
		Browser browser = browser();
		Browser.Page page = browser.click(browser.click(browser.get("/"), "/sign-in"), "/sign-in/forgot-password");
		page = browser.submit(page, "/sign-in/forgot-password",
				Map.of("username", this.username, "email", this.impostor.victim.email));
		for (int guess = 0; guess < 12; guess++) {
			String step = page.step("/sign-in/forgot-password");
			if (step.equals("code")) {
				page = browser.submit(page, "/sign-in/forgot-password",
						Map.of("code", String.format(Locale.ROOT, "%06d", this.random.nextInt(1_000_000))));
			}
			else if (step.equals("questions")) {
				page = browser.submit(page, "/sign-in/forgot-password", Map.of("answer1", "guess", "answer2", "guess"));
			}
			else {
				break;
			}
		}
		if ("new-password".equals(page.step("/sign-in/forgot-password"))) {
			this.result.accountMade("password recovery");
			this.result.signedIn();
		}
		else {
			this.result.blocked("password recovery", (page.error() != null) ? page.error() : page.heading());
		}
	}

}
