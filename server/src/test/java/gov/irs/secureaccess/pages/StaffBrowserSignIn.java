package gov.irs.secureaccess.pages;

import java.time.Instant;

import com.microsoft.playwright.Page;
import gov.irs.secureaccess.assisted.AssistedTestSupport;

/**
 * A staff member signing in on the sign-in page in Chromium: username, password, the
 * authenticator's code (AST-4).
 */
final class StaffBrowserSignIn {

	private StaffBrowserSignIn() {
	}

	static void signIn(Page page, AssistedTestSupport support, AssistedTestSupport.Staff staff, Instant now) {
		page.fill("#username", staff.username());
		page.click("main button[type=submit]");
		page.fill("#password", staff.password());
		page.click("main form[action='/sign-in'] button[type=submit]");
		page.fill("#code", support.totp(staff.secret(), now));
		page.click("main form[action='/sign-in'] button[type=submit]");
	}

}
