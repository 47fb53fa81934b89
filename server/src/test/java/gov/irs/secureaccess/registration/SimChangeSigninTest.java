package gov.irs.secureaccess.registration;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.messaging.OutboxEntry;
import gov.irs.secureaccess.signin.SigninDriver;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;
import gov.irs.secureaccess.sources.phonecarrier.PhoneLine;
import gov.irs.secureaccess.sources.phonecarrier.PhoneLineWriter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * REG-13 at sign-in: the security code still goes to a number whose SIM changed in the
 * window, and the holder is told by email, once per change; a later change is told again.
 * People: TestPeople 84 and 85.
 */
class SimChangeSigninTest extends RegistrationTestBase {

	private static final String PASSWORD = "lantern maple harbor quietly";

	@Autowired
	PhoneLineWriter lines;

	@Autowired
	TransactionTemplate transactions;

	// REG-13: sign-in codes still go out; the email about the SIM change is sent once per
	// change
	@Test
	void REG_13_whenTheSimChangedAfterRegistration_thenTheCodeStillGoesOutAndTheHolderIsEmailedOncePerChange()
			throws Exception {
		SyntheticPerson person = this.people.ordinary(84);
		String email = "reg13.signin84@example.test";
		this.people.registerBySms(browser(), person, this.people.financial(person), email, "reg13.signin84");
		String phone = TestPeople.e164(person);
		Instant changed = this.clock.instant().minus(Duration.ofHours(20));
		setSimChange(person, changed);

		assertThat(signIn("reg13.signin84", phone).getRedirectedUrl()).as("the code was texted and it signed in")
			.isNotNull()
			.doesNotStartWith("/sign-in");
		assertThat(simNotices(email)).hasSize(1)
			.first()
			.satisfies((notice) -> assertThat(notice.body()).contains(phone.substring(phone.length() - 4))
				.contains("We still sent your security code to it"));

		this.clock.advance(Duration.ofMinutes(5));
		signIn("reg13.signin84", phone);
		assertThat(simNotices(email)).as("the same change is told once").hasSize(1);

		setSimChange(person, this.clock.instant().minus(Duration.ofMinutes(1)));
		signIn("reg13.signin84", phone);
		assertThat(simNotices(email)).as("a new change is told again").hasSize(2);
	}

	// REG-13: a change older than the window (7 days) is no news: no email
	@Test
	void REG_13_whenTheSimChangedBeforeTheWindow_thenNoEmailIsSent() throws Exception {
		SyntheticPerson person = this.people.ordinary(85);
		String email = "reg13.signin85@example.test";
		this.people.registerBySms(browser(), person, this.people.financial(person), email, "reg13.signin85");
		setSimChange(person, this.clock.instant().minus(Duration.ofDays(8)));

		signIn("reg13.signin85", TestPeople.e164(person));

		assertThat(simNotices(email)).isEmpty();
	}

	private MockHttpServletResponse signIn(String username, String phone) throws Exception {
		return new SigninDriver(this.mvc, this.outbox).signIn(username, PASSWORD, phone);
	}

	private void setSimChange(SyntheticPerson person, Instant changed) {
		PhoneLine line = person.phone().withTakeoverSignals(changed, null);
		this.transactions.executeWithoutResult((status) -> this.lines.upsertLines(List.of(line)));
	}

	private List<OutboxEntry> simNotices(String email) {
		return this.outbox.newest(2000)
			.stream()
			.filter((entry) -> entry.channel() == Channel.EMAIL && entry.recipient().equals(email)
					&& entry.template().equals("security-notice.sim-changed"))
			.toList();
	}

}
