package gov.irs.secureaccess.portal.web;

import java.math.BigDecimal;
import java.util.Map;

import gov.irs.secureaccess.portal.api.TaxApi;
import gov.irs.secureaccess.portal.api.TaxApiException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Online Payment Agreement (LOA-2): the balance with the rules, a form for the monthly
 * amount and the day, the active plan and its cancellation. No bank account is asked for.
 */
@Controller
@RequestMapping("/payment-agreement")
class PaymentAgreementController {

	private final TaxApi api;

	PaymentAgreementController(TaxApi api) {
		this.api = api;
	}

	@GetMapping
	String show(Model model) {
		model.addAttribute("overview", this.api.paymentAgreement());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of());
		}
		return "payment-agreement";
	}

	@PostMapping
	String create(@RequestParam(name = "monthlyAmount", required = false) String amount,
			@RequestParam(name = "dayOfMonth", required = false) String day, Model model, RedirectAttributes redirect) {
		String typedAmount = (amount != null && amount.length() <= 20) ? amount.strip() : "";
		String typedDay = (day != null && day.length() <= 3) ? day.strip() : "";
		model.addAttribute("form", Map.of("monthlyAmount", typedAmount, "dayOfMonth", typedDay));
		BigDecimal monthly;
		int dayOfMonth;
		try {
			monthly = new BigDecimal(typedAmount.replace("$", "").replace(",", ""));
		}
		catch (NumberFormatException ex) {
			return refuse(model, "portal.payment.error.AMOUNT_INVALID");
		}
		try {
			dayOfMonth = Integer.parseInt(typedDay);
		}
		catch (NumberFormatException ex) {
			return refuse(model, "portal.payment.error.DAY_INVALID");
		}
		try {
			this.api.createPaymentAgreement(monthly, dayOfMonth);
		}
		catch (TaxApiException ex) {
			if (ex.status() == 400 || ex.status() == 409) {
				return refuse(model,
						"portal.payment.error." + ((ex.reason() != null) ? ex.reason() : "AMOUNT_INVALID"));
			}
			throw ex;
		}
		redirect.addFlashAttribute("notice", "portal.payment.created");
		return "redirect:/payment-agreement";
	}

	@PostMapping("/cancel")
	String cancel(RedirectAttributes redirect) {
		this.api.cancelPaymentAgreement();
		redirect.addFlashAttribute("notice", "portal.payment.cancelled");
		return "redirect:/payment-agreement";
	}

	private String refuse(Model model, String key) {
		model.addAttribute("error", key);
		model.addAttribute("overview", this.api.paymentAgreement());
		return "payment-agreement";
	}

}
