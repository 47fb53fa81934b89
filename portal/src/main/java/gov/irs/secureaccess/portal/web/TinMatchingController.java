package gov.irs.secureaccess.portal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import gov.irs.secureaccess.portal.api.TaxApi;
import gov.irs.secureaccess.portal.api.TaxApiException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * e-Services TIN Matching (LOA-3): the interactive form of {@value #ROWS} rows, its
 * indicators; the bulk upload, the job's status (refreshed by the user, no script) and
 * the results file. TINs are shown back only as their last four digits.
 */
@Controller
@RequestMapping("/tin-matching")
class TinMatchingController {

	static final int ROWS = 25;

	/** One answered row: its number, the TIN's last four digits, the indicator. */
	record Row(int number, String tinEnd, int indicator) {
	}

	private final TaxApi api;

	TinMatchingController(TaxApi api) {
		this.api = api;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("rows", ROWS);
		return "tin-matching";
	}

	@PostMapping
	String match(@RequestParam MultiValueMap<String, String> fields, Model model) {
		List<TaxApi.TinPair> pairs = new ArrayList<>();
		List<Integer> numbers = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			String tin = field(fields, "tin" + i);
			String name = field(fields, "name" + i);
			if (tin.isEmpty() && name.isEmpty()) {
				continue;
			}
			Integer type;
			try {
				type = Integer.valueOf(field(fields, "type" + i));
			}
			catch (NumberFormatException ex) {
				type = null;
			}
			pairs.add(new TaxApi.TinPair(type, tin, name, null));
			numbers.add(i + 1);
		}
		model.addAttribute("rows", ROWS);
		if (pairs.isEmpty()) {
			model.addAttribute("error", "portal.tin.error.none");
			return "tin-matching";
		}
		List<TaxApi.TinResult> results = this.api.matchTins(pairs);
		List<Row> rows = new ArrayList<>();
		for (TaxApi.TinResult result : results) {
			String tin = pairs.get(result.index()).tin().replace("-", "");
			rows.add(new Row(numbers.get(result.index()), (tin.length() >= 4) ? tin.substring(tin.length() - 4) : "",
					result.indicator()));
		}
		model.addAttribute("results", rows);
		return "tin-matching";
	}

	@GetMapping("/bulk")
	String bulk(Model model) {
		model.addAttribute("jobs", this.api.bulkJobs());
		return "tin-bulk";
	}

	@PostMapping("/bulk")
	String submit(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			return refuseBulk(model, "portal.tin.bulk.error.none", null);
		}
		TaxApi.BulkJob job;
		try {
			job = this.api.submitBulk(file.getBytes());
		}
		catch (TaxApiException ex) {
			if (ex.status() == 400) {
				return refuseBulk(model, "portal.tin.bulk.error.file", ex.getMessage());
			}
			throw ex;
		}
		return "redirect:/tin-matching/bulk/" + job.id();
	}

	@GetMapping("/bulk/{id}")
	String job(@PathVariable("id") UUID id, Model model) {
		model.addAttribute("job", this.api.bulkJob(id));
		return "tin-bulk-job";
	}

	@GetMapping("/bulk/{id}/results")
	ResponseEntity<byte[]> results(@PathVariable("id") UUID id) {
		byte[] content = this.api.bulkResults(id);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("tin-matching-results.txt").build().toString())
			.body(content);
	}

	private String refuseBulk(Model model, String key, String detail) {
		model.addAttribute("error", key);
		model.addAttribute("errorDetail", detail);
		model.addAttribute("jobs", this.api.bulkJobs());
		return "tin-bulk";
	}

	private static String field(MultiValueMap<String, String> fields, String name) {
		String value = fields.getFirst(name);
		return (value != null && value.length() <= 200) ? value.strip() : "";
	}

}
