package gov.irs.secureaccess.registration;

import java.util.Locale;

import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.sources.SourcesProperties;
import gov.irs.secureaccess.support.IntegrationTest;
import gov.irs.secureaccess.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the registration tests share: the one cached context (same annotations as
 * {@link RegistrationSmsPathTest}), a browser per person, the English texts people read,
 * and the people to register ({@link TestPeople}).
 */
@IntegrationTest
@AutoConfigureMockMvc
abstract class RegistrationTestBase {

	@Autowired
	MockMvc mvc;

	@Autowired
	OutboxReader outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	MessageSource messages;

	@Autowired
	SourcesProperties sources;

	TestPeople people;

	@BeforeEach
	void people() {
		this.people = new TestPeople(this.sources);
	}

	RegistrationDriver browser() {
		return new RegistrationDriver(this.mvc, this.outbox);
	}

	/** The English text of a message key, as the page shows it. */
	String msg(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.ENGLISH);
	}

	static String text(String html) {
		return RegistrationDriver.text(html);
	}

	long sentTo(Channel channel, String recipient) {
		return this.outbox.newest(2000)
			.stream()
			.filter((entry) -> entry.channel() == channel && entry.recipient().contains(recipient))
			.count();
	}

}
