package gov.irs.secureaccess.pages;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.messaging.OutboxEntry;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.support.Chromium;
import gov.irs.secureaccess.support.RunningServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registration in Debian's Chromium, as a person does it, reading codes from the outbox:
 * a demo person with an address abroad on the text-message path to an active account, and
 * one with no phone on the mail path to the activation-code prompt. axe-core checks every
 * page on the way (REG-1 to REG-9, accessibility).
 */
@RunningServerTest
class RegistrationBrowserTest {

	private static final Pattern SIX_DIGITS = Pattern.compile("\\b(\\d{6})\\b");

	private static final Pattern MAIL_CODE = Pattern.compile("\\b([2-9A-Z]{4}-[2-9A-Z]{4})\\b");

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	OutboxReader outbox;

	@BeforeAll
	static void launch() {
		chromium = Chromium.launch();
	}

	@AfterAll
	static void close() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void REG_5_whenEmilyRegistersWithHerPhone_thenHerAccountIsActiveAndEveryPageIsAccessible() {
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
			Page page = context.newPage();
			page.navigate(url("/"));
			page.click("text=Create account");
			audited(page, "register intro");
			page.click("button:has-text('Start')");

			audited(page, "contact");
			page.fill("#firstName", "Emily");
			page.fill("#lastName", "Schneider");
			page.fill("#email", "emily.schneider@example.test");
			page.click("button:has-text('Continue')");

			audited(page, "confirm email");
			page.fill("#code", code(Channel.EMAIL, "emily.schneider@example.test"));
			page.click("button:has-text('Continue')");

			audited(page, "identity");
			page.fill("#ssn", "666010006");
			page.fill("#dobMonth", "05");
			page.fill("#dobDay", "06");
			page.fill("#dobYear", "1988");
			page.selectOption("#filingStatus", "SINGLE");
			page.fill("#line1", "Friedrichstrasse 43");
			page.fill("#city", "10117 Berlin");
			page.fill("#country", "Germany");
			page.click("button:has-text('Continue')");

			audited(page, "financial");
			page.click("label[for=type-CREDIT_CARD]");
			page.fill("#last8", "31578840");
			page.click("button:has-text('Continue')");

			audited(page, "phone");
			page.fill("#phone", "202-555-0106");
			page.click("button:has-text('Text me a code')");

			audited(page, "confirm phone");
			page.fill("#code", code(Channel.SMS, "+12025550106"));
			page.click("button:has-text('Continue')");

			audited(page, "credentials");
			page.fill("#username", "emily.schneider");
			page.fill("#password", "violet window cargo plenty");
			page.fill("#passwordConfirm", "violet window cargo plenty");
			page.fill("#sitePhrase", "Swans on the Spree");
			page.click("label[for=image-park]");
			page.click("button:has-text('Create account')");

			audited(page, "done");
			assertThat(page.textContent("main")).contains("Your account is ready").contains("emily.schneider");
		}
	}

	@Test
	void REG_6_whenWilliamHasNoPhone_thenTheMailPathLeadsToTheActivationCodePrompt() {
		try (BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setBypassCSP(true))) {
			Page page = context.newPage();
			page.navigate(url("/register?lang=es"));
			audited(page, "intro in Spanish");
			page.navigate(url("/register?lang=en"));
			page.click("button:has-text('Start')");
			page.fill("#firstName", "William");
			page.fill("#lastName", "Turner");
			page.fill("#email", "william.turner@example.test");
			page.click("button:has-text('Continue')");
			page.fill("#code", code(Channel.EMAIL, "william.turner@example.test"));
			page.click("button:has-text('Continue')");
			page.fill("#ssn", "666-01-0016");
			page.fill("#dobMonth", "4");
			page.fill("#dobDay", "22");
			page.fill("#dobYear", "1947");
			page.selectOption("#filingStatus", "SINGLE");
			page.fill("#line1", "340 Elm Street");
			page.fill("#city", "Omaha");
			page.fill("#state", "Nebraska");
			page.fill("#postalCode", "68102");
			page.click("button:has-text('Continue')");
			page.click("label[for=type-HOME_EQUITY_LOAN]");
			page.fill("#last8", "21648805");
			page.click("button:has-text('Continue')");

			page.click("button:has-text('Receive an activation code by postal mail')");
			audited(page, "credentials, mail path");
			assertThat(page.textContent("main")).contains("Secret questions");
			page.fill("#username", "william.turner");
			page.fill("#password", "orchard pencil thunder amber");
			page.fill("#passwordConfirm", "orchard pencil thunder amber");
			page.fill("#sitePhrase", "Elm trees in Omaha");
			page.click("label[for=image-star]");
			page.selectOption("#question1", "firstSchool");
			page.fill("#answer1", "Dundee Elementary");
			page.selectOption("#question2", "firstJob");
			page.fill("#answer2", "Hardware store");
			page.click("button:has-text('Create account')");

			audited(page, "done, mail path");
			assertThat(page.textContent("main")).contains("Watch for your activation code by mail");
			OutboxEntry letter = latest(Channel.LETTER, "WILLIAM");
			assertThat(letter.recipient()).contains("WILLIAM TURNER").contains("340 Elm St").contains("Omaha NE 68102");

			page.click("text=Finish with my activation code");
			audited(page, "activation sign-in");
			page.fill("#username", "william.turner");
			page.fill("#password", "orchard pencil thunder amber");
			page.click("button:has-text('Continue')");

			audited(page, "activation code prompt");
			assertThat(page.textContent("main")).contains("Enter your activation code");
			assertThat(find(MAIL_CODE, letter.body())).matches("[2-9A-Z]{4}-[2-9A-Z]{4}");
		}
	}

	/**
	 * Every page on the way: no error page, no axe violation; a screenshot in
	 * target/screenshots for people.
	 */
	private void audited(Page page, String where) {
		assertThat(page.title()).as(where).doesNotContain("Error");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target", "screenshots", "registration-" + where.replace(' ', '-') + ".png")));
		chromium.assertNoAxeViolations(page, where);
	}

	private String code(Channel channel, String recipient) {
		return find(SIX_DIGITS, latest(channel, recipient).body());
	}

	private OutboxEntry latest(Channel channel, String recipientPart) {
		return this.outbox.newest(200)
			.stream()
			.filter((entry) -> entry.channel() == channel && entry.recipient().contains(recipientPart))
			.findFirst()
			.orElseThrow(() -> new AssertionError("nothing sent by " + channel));
	}

	private static String find(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		assertThat(matcher.find()).as("a code in the message").isTrue();
		return matcher.group(1);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
