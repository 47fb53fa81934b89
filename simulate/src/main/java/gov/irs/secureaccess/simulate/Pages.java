package gov.irs.secureaccess.simulate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What people do on the pages that honest applicants and impostors share. */
final class Pages {

	static final String STEP = "/register/step";

	static final String ACTIVATE = "/register/activate";

	private Pages() {
	}

	/** From the home page: "Create account", then "Start" on the registration page. */
	static Browser.Page startRegistration(Browser browser) throws Exception {
		Browser.Page home = browser.get("/");
		Browser.Page intro = browser.click(home, "/register");
		if (intro.hasForm("/register/restart") && !intro.hasForm("/register/start")) {
			intro = browser.submit(intro, "/register/restart", Map.of());
		}
		return browser.submit(intro, "/register/start", Map.of());
	}

	/**
	 * From the home page to "Finish with my activation code" by links only (the home
	 * page, else the sign-in page); answers null when no page links there.
	 */
	static Browser.Page findActivation(Browser browser) throws Exception {
		Browser.Page home = browser.get("/");
		if (home.link(ACTIVATE).isPresent()) {
			return browser.click(home, ACTIVATE);
		}
		Browser.Page signIn = browser.click(home, "/sign-in");
		if (signIn.link(ACTIVATE).isPresent()) {
			return browser.click(signIn, ACTIVATE);
		}
		return null;
	}

	/**
	 * The registration step the page is at: its form's hidden step, "exhausted", "done",
	 * "mail-done" or "".
	 */
	static String registrationStep(Browser.Page page) {
		if (page.has("#paths")) {
			return "exhausted";
		}
		String step = page.step(STEP);
		if (!step.isEmpty()) {
			return step;
		}
		if (page.path().startsWith(STEP) && page.has(".usa-alert--success")) {
			return "done";
		}
		if (page.path().startsWith(STEP) && page.link(ACTIVATE).isPresent()) {
			return "mail-done";
		}
		return page.path().startsWith("/register/step") ? "" : "elsewhere";
	}

	/**
	 * The credentials form: username, password twice, site phrase, the first site image,
	 * and on the mail path two secret questions.
	 */
	static Map<String, String> credentials(Browser.Page page, String username, String password, String phrase) {
		Map<String, String> form = new HashMap<>();
		form.put("username", username);
		form.put("password", password);
		form.put("passwordConfirm", password);
		form.put("sitePhrase", phrase);
		List<String> images = Browser.radioValues(page, "siteImage");
		if (!images.isEmpty()) {
			form.put("siteImage", images.get(0));
		}
		List<String> questions = page.document().select("select[name=question1] option").eachAttr("value");
		questions = questions.stream().filter((value) -> !value.isEmpty()).toList();
		if (questions.size() >= 2) {
			form.put("question1", questions.get(0));
			form.put("question2", questions.get(1));
			form.put("answer1", "first answer " + phrase.length());
			form.put("answer2", "second answer " + username.length());
		}
		return form;
	}

	/** A number as people type it: (614) 555-0101. */
	static String national(String e164) {
		String digits = e164.substring(2);
		return "(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6);
	}

}
