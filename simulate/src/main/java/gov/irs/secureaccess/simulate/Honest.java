package gov.irs.secureaccess.simulate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import gov.irs.secureaccess.assisted.StaffRole;
import org.jsoup.nodes.Element;

/**
 * An honest applicant, behaving as the profile's "Behaviour" section says: registers from
 * the home page; after a refusal that says what to check fixes what is actually wrong
 * (0.8) or, if not told, 0.4, else gives up; tries another account type (0.9); takes the
 * mailed code when the phone cannot be used (0.85) and comes back when the letter arrives
 * (0.8), finding "Finish with my activation code" by links; lifts a credit freeze (0.5);
 * as an existing e-Services user calls the e-Help Desk (0.6), answering its questions
 * right (0.85); goes to a Taxpayer Assistance Center when that fails or when the pages
 * offer it (0.5).
 */
final class Honest {

	private final Run run;

	private final Person person;

	private final Result result;

	private final Random random;

	/**
	 * Set for the takeover victims registered before the run: no slips, straight through
	 * by text.
	 */
	private final boolean setup;

	private int visits;

	private boolean deskTried;

	private boolean tacTried;

	private boolean tacOffered;

	private boolean freezeLifted;

	/**
	 * The account waiting on a mailed code: its username and password (the person's, or
	 * the desk's temporary one).
	 */
	private String username;

	private String password;

	private Result.Path pendingPath;

	Honest(Run run, Person person, Result result, boolean setup) {
		this.run = run;
		this.person = person;
		this.result = result;
		this.setup = setup;
		this.random = run.randomFor(31, person.index);
	}

	String username() {
		return this.username;
	}

	String password() {
		return this.password;
	}

	private boolean chance(String setting) {
		return this.random.nextDouble() < this.run.profile().share(setting);
	}

	private Browser browser() {
		return new Browser(this.run.base(),
				"198.18." + (this.person.index / 250) + "." + (1 + this.person.index % 250));
	}

	private void note(String event) {
		this.result.note(event);
	}

	// ---------------------------------------------------------------- registration

	void register(int day) throws Exception {
		this.visits++;
		Browser browser = browser();
		Browser.Page page = Pages.startRegistration(browser);
		Set<String> tried = new HashSet<>();
		boolean refundTried = false;
		boolean noneOfTheseSaid = false;
		boolean mailChosen = false;
		int identityTries = 0;
		boolean phoneTyped = false;
		boolean frozenSeen = false;
		long mark = 0;
		int credentialsTries = 0;
		for (int guard = 0; guard < 40; guard++) {
			String step = Pages.registrationStep(page);
			String error = page.error();
			note("day " + day + " " + step
					+ ((error != null) ? " refused (" + error.substring(0, Math.min(60, error.length())) + ")" : ""));
			milestone(step);
			switch (step) {
				case "contact" -> {
					mark = this.run.mail().mark();
					page = browser.submit(page, Pages.STEP, Map.of("firstName", this.person.record.name().first(),
							"lastName", this.person.record.name().last(), "email", this.person.email));
				}
				case "confirm-email" -> {
					String code = this.run.mail().code(Mail.key("EMAIL", this.person.email), mark).orElse(null);
					if (code == null) {
						giveUp("confirm-email", "no email arrived", day);
						return;
					}
					page = browser.submit(page, Pages.STEP, Map.of("code", code));
				}
				case "identity" -> {
					Map<String, String> form;
					if (identityTries == 0) {
						form = this.setup ? IdentityForms.exact(this.person.record)
								: IdentityForms.firstTry(this.person, this.random);
					}
					else if (error == null) {
						form = IdentityForms.exact(this.person.record);
					}
					else if (chance(
							error.contains("Check") ? "behaviour.fix-when-told" : "behaviour.fix-when-not-told")) {
						form = IdentityForms.exact(this.person.record);
					}
					else {
						giveUp("identity", error, day);
						return;
					}
					identityTries++;
					page = browser.submit(page, Pages.STEP, form);
				}
				case "financial" -> {
					if (error != null && (error.contains("freeze") || error.contains("frozen"))) {
						frozenSeen = true;
					}
					if (page.has("#refund-account") && this.person.refund != null && !refundTried
							&& (tried.isEmpty() || chance("behaviour.try-other-account"))) {
						refundTried = true;
						page = browser.submit(page, Pages.STEP, Map.of("proof", "refund-account", "routingNumber",
								this.person.refund.routingNumber(), "accountLast4", this.person.refund.last4()));
						continue;
					}
					Person.Account next = nextAccount(page, tried);
					if (next != null && (tried.isEmpty() || chance("behaviour.try-other-account"))) {
						tried.add(next.last8());
						page = browser.submit(page, Pages.STEP, Map.of("accountType",
								next.isCard() ? "CREDIT_CARD" : next.type(), "last8", next.last8()));
						continue;
					}
					// REG-14: someone who holds none of the listed accounts (only a debit
					// card, or no credit) says so when the page lets them, and is then
					// offered the refund account if the bureau cannot serve them.
					if (!noneOfTheseSaid && page.hasForm("/register/none-of-these")
							&& nextAccount(page, Set.of()) == null) {
						noneOfTheseSaid = true;
						page = browser.submit(page, "/register/none-of-these", Map.of());
						continue;
					}
					if (frozenSeen && !this.freezeLifted && chance("behaviour.lift-freeze")) {
						this.freezeLifted = true;
						note("lifts the freeze, back tomorrow");
						this.run.agenda().book(day + 1, (d) -> {
							this.run.liftFreeze(this.person);
							register(d);
						});
						return;
					}
					// The ways the page lists for whoever has no refund deposited either
					// (a TAC among them, AST-5).
					this.tacOffered |= page.has("#refund-other-paths #path-inPerson");
					giveUp("financial", (error != null) ? error : page.has("#refund-account")
							? "no account of a type the page accepts, and no refund deposited into a bank account"
							: "no account of a type the page accepts", day);
					return;
				}
				case "phone" -> {
					if (!phoneTyped) {
						phoneTyped = true;
						Person.Phone phone = (this.person.mobile != null) ? this.person.mobile : this.person.landline;
						if (phone != null) {
							page = browser.submit(page, Pages.STEP, Map.of("phone", Pages.national(phone.e164())));
							continue;
						}
					}
					if (page.hasForm("/register/mail") && chance("behaviour.choose-mail")) {
						mailChosen = true;
						page = browser.submit(page, "/register/mail", Map.of());
						continue;
					}
					giveUp("phone", (error != null) ? error : "no mobile phone", day);
					return;
				}
				case "confirm-phone" -> {
					String code = this.run.mail().code(Mail.key("SMS", this.person.mobile.e164()), 0).orElse(null);
					if (code == null || error != null) {
						giveUp("confirm-phone", (error != null) ? error : "no text arrived", day);
						return;
					}
					page = browser.submit(page, Pages.STEP, Map.of("code", code));
				}
				case "credentials" -> {
					if (credentialsTries++ > 3) {
						giveUp("credentials", error, day);
						return;
					}
					this.username = "applicant." + this.person.index
							+ ((credentialsTries > 1 || this.visits > 1) ? "." + this.visits + credentialsTries : "");
					this.password = Passwords.of(this.person.index * 10L + this.visits);
					page = browser.submit(page, Pages.STEP, Pages.credentials(page, this.username, this.password,
							"Kites over the river " + (this.person.index % 97)));
				}
				case "done" -> {
					this.result.reached(3, Result.Path.ONLINE_TEXT);
					note("LOA-3 by text");
					return;
				}
				case "mail-done" -> {
					this.result.reached(2, Result.Path.ONLINE_MAIL);
					this.pendingPath = Result.Path.ONLINE_MAIL;
					letterComing(day, "registration");
					return;
				}
				case "exhausted" -> {
					exhausted(browser, page, day, mailChosen);
					return;
				}
				default -> {
					giveUp("registration", "unexpected page " + page.path() + " (" + page.heading() + ")", day);
					return;
				}
			}
		}
		giveUp("registration", "went round in circles", day);
	}

	private void milestone(String step) {
		switch (step) {
			case "contact" -> this.result.passed(Result.Milestone.STARTED);
			case "financial" -> this.result.passed(Result.Milestone.IDENTITY);
			case "phone" -> this.result.passed(Result.Milestone.FINANCIAL);
			case "credentials" -> this.result.passed(Result.Milestone.PHONE_OR_MAIL);
			case "done", "mail-done" -> this.result.passed(Result.Milestone.ACCOUNT);
			default -> {
			}
		}
	}

	/** The next account the person holds that the page offers, in the page's order. */
	private Person.Account nextAccount(Browser.Page page, Set<String> tried) {
		List<String> offered = Browser.radioValues(page, "accountType");
		for (String type : offered) {
			for (Person.Account account : this.person.accounts) {
				String asOffered = account.isCard() ? "CREDIT_CARD" : account.type();
				if (asOffered.equals(type) && !tried.contains(account.last8())) {
					return account;
				}
			}
		}
		return null;
	}

	private void exhausted(Browser browser, Browser.Page page, int day, boolean mailChosen) throws Exception {
		List<String> paths = page.document().select("#paths > li").eachAttr("id");
		String what = page.document().select(".usa-intro").text();
		note("exhausted: " + paths);
		this.tacOffered = paths.contains("path-inPerson");
		if (paths.contains("path-mail") && !mailChosen && chance("behaviour.choose-mail")) {
			Browser.Page next = browser.submit(page, "/register/mail", Map.of());
			if ("credentials".equals(Pages.registrationStep(next))) {
				this.username = "applicant." + this.person.index + "." + this.visits;
				this.password = Passwords.of(this.person.index * 10L + this.visits);
				next = browser.submit(next, Pages.STEP, Pages.credentials(next, this.username, this.password,
						"Kites over the river " + (this.person.index % 97)));
				if ("mail-done".equals(Pages.registrationStep(next))) {
					this.result.reached(2, Result.Path.ONLINE_MAIL);
					this.pendingPath = Result.Path.ONLINE_MAIL;
					letterComing(day, "registration");
					return;
				}
			}
		}
		if (paths.contains("path-liftFreeze") && !this.freezeLifted && chance("behaviour.lift-freeze")) {
			this.freezeLifted = true;
			this.run.agenda().book(day + 1, (d) -> {
				this.run.liftFreeze(this.person);
				register(d);
			});
			return;
		}
		giveUp("exhausted", what, day);
	}

	/**
	 * The person stops here; an e-Services user may still call the desk, anyone offered a
	 * TAC may go there.
	 */
	private void giveUp(String step, String reason, int day) {
		this.result.stopped(step, reason);
		note("stopped at " + step + ": " + reason);
		if (this.setup) {
			return;
		}
		if (this.person.isEServicesUser() && !this.deskTried && chance("behaviour.call-desk")) {
			this.deskTried = true;
			this.run.agenda().book(day + 1, this::callDesk);
		}
		else if (this.tacOffered && !this.tacTried && chance("behaviour.go-to-tac")) {
			this.tacTried = true;
			this.run.agenda().book(day + 2, this::visitTac);
		}
	}

	// ---------------------------------------------------------------- the letter

	private void letterComing(int day, String why) {
		int min = this.run.profile().integer("behaviour.letter-days-min");
		int max = this.run.profile().integer("behaviour.letter-days-max");
		int arrives = day + min + this.random.nextInt(max - min + 1);
		if (this.person.moved && !chance("assumption.moved-letter-forwarded")) {
			this.result.stopped("letter",
					"the letter went to the old address of the last return and was not forwarded");
			note("letter lost (moved)");
			return;
		}
		note("letter (" + why + ") arrives day " + arrives);
		this.run.agenda().book(arrives, this::letterArrived);
	}

	private void letterArrived(int day) throws Exception {
		if (!this.setup && !chance("behaviour.finish-after-letter")) {
			this.result.stopped("letter", "did not come back with the letter (lost it or forgot)");
			return;
		}
		String box = Mail.letterBox(this.person.fullName(), this.person.record.address().line1());
		String code = this.run.mail().letterCode(box, 0).orElse(null);
		if (code == null) {
			giveUp("letter", "no activation letter arrived", day);
			return;
		}
		Browser browser = browser();
		Browser.Page page = Pages.findActivation(browser);
		if (page == null) {
			giveUp("activation", "no link to “Finish with my activation code” on the home or sign-in page", day);
			return;
		}
		boolean appTried = false;
		for (int guard = 0; guard < 12; guard++) {
			String step = page.step(Pages.ACTIVATE);
			String error = page.error();
			note("activation " + step + ((error != null) ? " refused" : ""));
			switch (step) {
				case "sign-in" -> {
					if (error != null && guard > 0) {
						giveUp("activation sign-in", error, day);
						return;
					}
					page = browser.submit(page, Pages.ACTIVATE,
							Map.of("username", this.username, "password", this.password));
				}
				case "code" -> {
					if (error != null) {
						giveUp("activation code", error, day);
						return;
					}
					page = browser.submit(page, Pages.ACTIVATE, Map.of("code", code));
				}
				case "phone" -> {
					if (this.person.mobile != null && error == null) {
						page = browser.submit(page, Pages.ACTIVATE,
								Map.of("phone", Pages.national(this.person.mobile.e164())));
					}
					else if (!appTried && chance("assumption.app-without-mobile")) {
						appTried = true;
						giveUp("activation phone", "authenticator app not simulated", day);
						return;
					}
					else {
						giveUp("activation phone", (error != null) ? error : "no phone that can receive texts", day);
						return;
					}
				}
				case "confirm-phone" -> {
					String text = this.run.mail().code(Mail.key("SMS", this.person.mobile.e164()), 0).orElse(null);
					if (text == null || error != null) {
						giveUp("activation confirm-phone", (error != null) ? error : "no text arrived", day);
						return;
					}
					page = browser.submit(page, Pages.ACTIVATE, Map.of("code", text));
				}
				default -> {
					if (page.path().startsWith(Pages.ACTIVATE) && page.has(".usa-alert--success")) {
						this.result.reached(3, this.pendingPath);
						note("LOA-3 after the letter (" + this.pendingPath + ")");
						return;
					}
					giveUp("activation", "unexpected page " + page.path() + " (" + page.heading() + ") " + error, day);
					return;
				}
			}
		}
		giveUp("activation", "went round in circles", day);
	}

	// ---------------------------------------------------------------- the e-Help Desk

	void callDesk(int day) throws Exception {
		Staff.Member assistor = this.run.staff().take(StaffRole.ASSISTOR, day);
		try {
			desk(assistor, day, false);
		}
		finally {
			this.run.staff().release(StaffRole.ASSISTOR, assistor);
		}
	}

	private void desk(Staff.Member assistor, int day, boolean afterTac) throws Exception {
		Browser desk = assistor.browser;
		Browser.Page page = desk.get("/assist");
		String caseNumber = this.run.caseNumber("EHD");
		page = desk.submit(page, "/assist/lookup", Map.of("caseNumber", caseNumber, "ssn",
				this.person.record.ssn().formatted(), "lastName", this.person.record.name().last()));
		Map<String, String> create = null;
		if (page.has("#in-person")) {
			create = Map.of("caseNumber", caseNumber, "basis", "in-person");
		}
		else if (page.hasForm("/assist/questions")) {
			page = desk.submit(page, "/assist/questions", Map.of("caseNumber", caseNumber));
			if (!page.hasForm("/assist/answers")) {
				deskStops(page, day, afterTac);
				return;
			}
			boolean allRight = chance("behaviour.desk-answers-right");
			page = desk.submit(page, "/assist/answers",
					this.run.answers().of(this.person.record, page, allRight, this.random));
			if (page.has("#passed")) {
				create = Map.of("caseNumber", caseNumber);
			}
		}
		if (create == null) {
			deskStops(page, day, afterTac);
			return;
		}
		page = desk.submit(page, "/assist/create", create);
		Element temporary = page.document().selectFirst("#temporary-password");
		Element username = page.document().selectFirst("#created-username");
		if (temporary == null || username == null) {
			deskStops(page, day, afterTac);
			return;
		}
		this.username = username.text();
		this.password = temporary.text();
		this.pendingPath = afterTac ? Result.Path.IN_PERSON : Result.Path.E_HELP_DESK;
		this.result.reached(2, this.pendingPath);
		letterComing(day, "desk");
	}

	private void deskStops(Browser.Page page, int day, boolean afterTac) {
		String reason = page.document()
			.select(".usa-alert--warning .usa-alert__text, .usa-alert--error .usa-alert__text")
			.text();
		this.result.stopped(afterTac ? "e-Help Desk after TAC" : "e-Help Desk",
				reason.isBlank() ? page.heading() : reason);
		note("desk stopped: " + reason);
		if (!afterTac && !this.tacTried && page.has("#failed, #limited") && chance("behaviour.go-to-tac")) {
			this.tacTried = true;
			this.run.agenda().book(day + 2, this::visitTac);
		}
	}

	// ---------------------------------------------------------------- a Taxpayer
	// Assistance Center

	void visitTac(int day) throws Exception {
		if (!chance("assumption.brings-two-ids")) {
			this.result.stopped("TAC", "did not bring two forms of identification");
			return;
		}
		Staff.Member officer = this.run.staff().take(StaffRole.TAC, day);
		boolean deskNext = false;
		try {
			Browser tac = officer.browser;
			Browser.Page page = tac.get("/tac");
			String caseNumber = this.run.caseNumber("TAC");
			List<String> types = page.document().select("select[name=firstType] option").eachAttr("value");
			types = types.stream().filter((value) -> !value.isEmpty()).toList();
			Map<String, String> record = new HashMap<>(Map.of("caseNumber", caseNumber, "ssn",
					this.person.record.ssn().formatted(), "lastName", this.person.record.name().last(), "firstType",
					types.get(0), "firstLast4", last4(1), "secondType", types.get(1), "secondLast4", last4(2), "office",
					"Simulated TAC " + (1 + this.person.index % 40)));
			page = tac.submit(page, "/tac/record", record);
			if (page.hasForm("/tac/create")) {
				page = tac.submit(page, "/tac/create",
						Map.of("username", "applicant." + this.person.index + ".tac", "email", this.person.email));
				Element temporary = page.document().selectFirst("#temporary-password");
				if (temporary == null) {
					this.result.stopped("TAC", (page.error() != null) ? page.error() : page.heading());
					return;
				}
				Element username = page.document().selectFirst("#created-username");
				this.username = (username != null) ? username.text() : "applicant." + this.person.index + ".tac";
				this.password = temporary.text();
				this.pendingPath = Result.Path.IN_PERSON;
				this.result.reached(2, this.pendingPath);
				letterComing(day, "TAC");
				return;
			}
			if (page.has(".usa-alert--success")) {
				// An existing e-Services user: the check is recorded; the e-Help Desk now
				// makes the account (AST-3).
				deskNext = true;
			}
			else {
				String refusal = page.document().select(".usa-alert__text").text();
				this.result.stopped("TAC", refusal.isBlank() ? page.heading() : refusal);
				return;
			}
		}
		finally {
			this.run.staff().release(StaffRole.TAC, officer);
		}
		if (deskNext) {
			Staff.Member assistor = this.run.staff().take(StaffRole.ASSISTOR, day);
			try {
				desk(assistor, day, true);
			}
			finally {
				this.run.staff().release(StaffRole.ASSISTOR, assistor);
			}
		}
	}

	private String last4(int which) {
		return String.format(Locale.ROOT, "%04d", (this.person.index * 7 + which * 1337) % 10_000);
	}

}
