package gov.irs.secureaccess.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * REG-7 under a race: twenty people reach the last step at once and all claim one
 * username. The username is unique, so one account is made and the nineteen others are
 * told the name is in use, with their registration kept (never a 500). Real concurrency:
 * twenty threads released together against the real database. People 100 to 119 are this
 * test's ({@link TestPeople}).
 */
class RegistrationRaceTest extends RegistrationTestBase {

	private static final int PEOPLE = 20;

	@Test
	@DisplayName("REG-7: twenty registrations claiming one username at once make one account and nineteen 'already in use'")
	void REG_7_whenTwentyRegistrationsClaimOneUsernameAtOnce_thenOneAccountAndNineteenAreToldItIsInUse()
			throws Exception {
		List<RegistrationDriver> browsers = new ArrayList<>();
		for (int i = 0; i < PEOPLE; i++) {
			SyntheticPerson person = this.people.ordinary(100 + i);
			RegistrationDriver browser = browser();
			this.people.toPhoneStep(browser, person, "race" + i + "@example.test");
			browser.submit("phone", Map.of("phone", TestPeople.phone(person)));
			String page = browser.submit("confirm-phone",
					Map.of("code", browser.latestCode(Channel.SMS, TestPeople.e164(person))));
			assertThat(page).contains("Create your username and password");
			browsers.add(browser);
		}
		CyclicBarrier start = new CyclicBarrier(PEOPLE);
		ExecutorService threads = Executors.newFixedThreadPool(PEOPLE);
		List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
		try {
			for (RegistrationDriver browser : browsers) {
				answers.add(threads.submit(() -> {
					start.await(30, TimeUnit.SECONDS);
					return browser.submitRaw("credentials", TestPeople.credentials("race.winner", false));
				}));
			}
			List<Integer> statuses = new ArrayList<>();
			int ready = 0;
			int inUse = 0;
			for (int i = 0; i < PEOPLE; i++) {
				MockHttpServletResponse response = answers.get(i).get(2, TimeUnit.MINUTES);
				statuses.add(response.getStatus());
				String page = (response.getStatus() == 302) ? browsers.get(i).pageText()
						: response.getContentAsString();
				if (page.contains("Your account is ready")) {
					ready++;
				}
				if (RegistrationDriver.text(page).contains(msg("register.credentials.error.usernameTaken"))) {
					inUse++;
					assertThat(page).as("the registration is kept: the same step, to choose another name")
						.contains("Create your username and password");
				}
			}
			assertThat(statuses).as("no error page").doesNotContain(500);
			assertThat(ready).isEqualTo(1);
			assertThat(inUse).isEqualTo(PEOPLE - 1);
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(this.jdbc.sql("select count(*) from account where username_canonical = 'race.winner'")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

}
