package gov.irs.secureaccess.messaging;

import java.util.UUID;

import gov.irs.secureaccess.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** In embedded mode a person trying the service reads what it "sent" at /dev/outbox. */
@IntegrationTest
@AutoConfigureMockMvc
class DevOutboxPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate tx;

	@Test
	void whenALetterIsQueued_thenTheOutboxPageShowsItOpened() throws Exception {
		String marker = UUID.randomUUID().toString();
		this.tx.executeWithoutResult((status) -> this.outbox.enqueue(
				new OutgoingMessage(Channel.LETTER, "test.letter", "ANA LOPEZ\n12 ELM ST APT 4\nSPRINGFIELD IL 62701",
						"Your activation code", "Your activation code is 4F7K-2QZD. Ref " + marker, marker)));

		this.mvc.perform(get("/dev/outbox"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ref " + marker)))
			.andExpect(content().string(containsString("SPRINGFIELD IL 62701")))
			.andExpect(content().string(containsString("Letter")))
			.andExpect(content().string(containsString("PENDING")));
	}

	@Test
	void whenAskedInSpanish_thenThePageIsInSpanish() throws Exception {
		this.mvc.perform(get("/dev/outbox").param("lang", "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bandeja de salida")));
	}

}
