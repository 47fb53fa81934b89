package gov.irs.secureaccess.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what Secure Access is, what to have at hand, and the ways in. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}

}
