package gov.irs.secureaccess.portal.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import gov.irs.secureaccess.portal.api.TaxApi;
import gov.irs.secureaccess.portal.api.TaxApiException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The document drop (FED-5, LOA-1): a notice or case number and up to five files; the
 * receipt is all that comes back, shown once.
 */
@Controller
@RequestMapping("/documents")
class DocumentsController {

	private final TaxApi api;

	private final String noAccountDocuments;

	DocumentsController(TaxApi api, @Value("${portal.issuer:http://localhost:8080}") String issuer) {
		this.api = api;
		this.noAccountDocuments = noAccountPage(issuer);
	}

	/**
	 * The server's own document drop for people without an account: a code by email
	 * (FED-5).
	 */
	static String noAccountPage(String issuer) {
		return (issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer) + "/documents";
	}

	@ModelAttribute("noAccountDocuments")
	String noAccountDocuments() {
		return this.noAccountDocuments;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", Map.of());
		return "documents";
	}

	@PostMapping
	String send(@RequestParam(name = "kind", required = false) String kind,
			@RequestParam(name = "number", required = false) String number,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
			RedirectAttributes redirect) throws IOException {
		String typedNumber = (number != null && number.length() <= 30) ? number.strip() : "";
		model.addAttribute("form",
				Map.of("kind", (kind != null && kind.length() < 10) ? kind : "", "number", typedNumber));
		List<TaxApi.NamedFile> named = new ArrayList<>();
		if (files != null) {
			for (MultipartFile file : files) {
				if (!file.isEmpty()) {
					named.add(new TaxApi.NamedFile(file.getOriginalFilename(), file.getBytes()));
				}
			}
		}
		if (named.isEmpty()) {
			model.addAttribute("error", "portal.documents.error.NO_FILE");
			return "documents";
		}
		TaxApi.Receipt receipt;
		try {
			receipt = this.api.sendDocuments((kind != null) ? kind : "", (number != null) ? number : "", named);
		}
		catch (TaxApiException ex) {
			if (ex.status() == 400 || ex.status() == 413) {
				model.addAttribute("error",
						"portal.documents.error." + ((ex.reason() != null) ? ex.reason() : "NO_FILE"));
				return "documents";
			}
			throw ex;
		}
		redirect.addFlashAttribute("receipt", receipt);
		return "redirect:/documents/receipt";
	}

	@GetMapping("/receipt")
	String receipt(Model model) {
		return model.containsAttribute("receipt") ? "documents-receipt" : "redirect:/documents";
	}

}
