package gov.irs.secureaccess.platform.web;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * On the page a refused form was sent back to ({@link InputGuard}), the message that says
 * why: the layout shows the key of {@code inputRefused} at the top of the page. Only the
 * known reasons are shown, never the parameter itself.
 */
@ControllerAdvice
class RefusedInputAdvice {

	@ModelAttribute
	void refusedInput(@RequestParam(name = RefusedInput.PARAMETER, required = false) String refused, Model model) {
		if (refused != null) {
			RefusedInput.named(refused).ifPresent((reason) -> model.addAttribute("inputRefused", reason.messageKey()));
		}
	}

}
