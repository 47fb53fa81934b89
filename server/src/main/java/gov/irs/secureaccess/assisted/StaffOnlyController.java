package gov.irs.secureaccess.assisted;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** AST-4: what a signed-in person without the staff role sees at {@code /assist} or {@code /tac} (403). */
@Controller
class StaffOnlyController {

	@RequestMapping("/staff-only")
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String staffOnly() {
		return "assist/staff-only";
	}

}
