package gov.irs.secureaccess.messaging.letters;

import gov.irs.secureaccess.platform.db.ConditionalOnEmbeddedMode;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "Hand letters to the print vendor" button on {@code /dev/outbox}: runs the letter
 * batch now (embedded mode only).
 */
@Controller
@ConditionalOnEmbeddedMode
class DevLetterBatchController {

	private final LetterBatcher batcher;

	DevLetterBatchController(LetterBatcher batcher) {
		this.batcher = batcher;
	}

	@PostMapping("/dev/outbox/letter-batch")
	String run(RedirectAttributes redirect) {
		this.batcher.run().ifPresentOrElse((batch) -> {
			redirect.addFlashAttribute("letterBatch", batch.folder().toAbsolutePath().toString());
			redirect.addFlashAttribute("letterCount", batch.letterCount());
		}, () -> redirect.addFlashAttribute("letterBatch", ""));
		return "redirect:/dev/outbox";
	}

}
