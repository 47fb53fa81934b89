package gov.irs.secureaccess.messaging;

import gov.irs.secureaccess.platform.db.ConditionalOnEmbeddedMode;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /dev/outbox}: the emails, texts and letters the service "sent", for a person
 * trying it out. Exists only in embedded mode; with a real database URL the bean is not
 * created and the path answers 404.
 */
@Controller
@ConditionalOnEmbeddedMode
class DevOutboxController {

	private static final int SHOWN = 100;

	private final JdbcOutbox outbox;

	DevOutboxController(JdbcOutbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/dev/outbox")
	String outbox(Model model) {
		model.addAttribute("messages", this.outbox.newest(SHOWN));
		model.addAttribute("shown", SHOWN);
		return "dev/outbox";
	}

}
