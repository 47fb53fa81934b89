package gov.irs.secureaccess.registration;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Locale;

import gov.irs.secureaccess.accounts.Accounts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** REG-7: the username is unique (whatever its case) and permanent. */
class RegistrationCredentialsTest extends RegistrationTestBase {

	// REG-7
	@Test
	void REG_7_whenTheUsernameIsTakenInAnyCase_thenItIsRefusedAndAnotherIsAccepted() throws Exception {
		this.people.registerByMail(browser(), this.people.ordinary(3), "reg7.owner@example.test", "reg7.owner");

		RegistrationDriver browser = browser();
		this.people.toPhoneStep(browser, this.people.ordinary(4), "reg7.second@example.test");
		browser.act("/register/mail");
		String page = text(browser.submit("credentials", TestPeople.credentials("REG7.Owner", true)));
		assertThat(page).contains("This username is already in use. Choose another one.")
			.contains("Create your username and password");
		assertThat(this.jdbc.sql("select count(*) from account where username_canonical = 'reg7.owner'")
			.query(Integer.class)
			.single()).isEqualTo(1);

		page = text(browser.submit("credentials", TestPeople.credentials("reg7.second", true)));
		assertThat(page).contains("Watch for your activation code by mail").contains("reg7.second");
	}

	// REG-7 permanence: no path changes a username. The account store is the only writer
	// of the account table, and it has no public method to change, update or rename a
	// username (checked here by reflection, so one added later fails this test and must
	// be argued against the rule).
	@Test
	void REG_7_whenTheAccountStoreIsInspected_thenNoMethodChangesAUsername() {
		assertThat(Arrays.stream(Accounts.class.getMethods())
			.filter((method) -> Modifier.isPublic(method.getModifiers()))
			.map(Method::getName)
			.map((name) -> name.toLowerCase(Locale.ROOT))
			.filter((name) -> name.contains("username"))
			.filter((name) -> name.startsWith("change") || name.startsWith("update") || name.startsWith("rename")
					|| name.startsWith("set")))
			.isEmpty();
	}

}
