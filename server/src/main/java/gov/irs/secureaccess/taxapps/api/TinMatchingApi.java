package gov.irs.secureaccess.taxapps.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import gov.irs.secureaccess.taxapps.tinmatching.BulkJob;
import gov.irs.secureaccess.taxapps.tinmatching.BulkTinMatching;
import gov.irs.secureaccess.taxapps.tinmatching.InteractiveTinMatching;
import gov.irs.secureaccess.taxapps.tinmatching.MatchIndicator;
import gov.irs.secureaccess.taxapps.tinmatching.TinPair;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * e-Services TIN Matching (FED-1) for tax professionals: interactive (up to 25 pairs,
 * answered at once) and bulk (a file queued as a job; status; the results file). Scope
 * {@code tin.match}, LOA-3. Answers carry indicators by position, not the TINs.
 */
@RestController
@RequestMapping(path = "/api/v1/tin-matching", produces = "application/json")
class TinMatchingApi {

	/** An interactive request: the pairs to match. */
	record Interactive(List<TinPair> pairs) {
	}

	/** The indicator of the pair at {@code index} (from 0) and what it means. */
	record Result(int index, int indicator, String meaning) {
	}

	record Results(List<Result> results) {
	}

	private final ApiPolicy policy;

	private final InteractiveTinMatching interactive;

	private final BulkTinMatching bulk;

	TinMatchingApi(ApiPolicy policy, InteractiveTinMatching interactive, BulkTinMatching bulk) {
		this.policy = policy;
		this.interactive = interactive;
		this.bulk = bulk;
	}

	@PostMapping(path = "/interactive", consumes = "application/json")
	Results match(ApiCaller caller, @RequestBody Interactive request) {
		this.policy.require(caller, ApiAccess.TIN_MATCHING);
		if (request == null || request.pairs() == null) {
			throw new BadApiRequest("pairs is required.");
		}
		List<MatchIndicator> indicators = this.interactive.match(caller.accountId(), request.pairs());
		List<Result> results = new ArrayList<>();
		for (int i = 0; i < indicators.size(); i++) {
			results.add(new Result(i, indicators.get(i).code(), indicators.get(i).name()));
		}
		return new Results(results);
	}

	@PostMapping(path = "/bulk", consumes = "multipart/form-data")
	@ResponseStatus(HttpStatus.ACCEPTED)
	BulkJob submit(ApiCaller caller, @RequestPart(name = "file", required = false) MultipartFile file)
			throws IOException {
		this.policy.require(caller, ApiAccess.TIN_MATCHING);
		if (file == null) {
			throw new BadApiRequest("Attach the file as the part named file.");
		}
		return this.bulk.submit(caller.accountId(), file.getBytes());
	}

	@GetMapping("/bulk")
	List<BulkJob> jobs(ApiCaller caller) {
		this.policy.require(caller, ApiAccess.TIN_MATCHING);
		return this.bulk.jobs(caller.accountId());
	}

	@GetMapping("/bulk/{id}")
	ResponseEntity<?> job(ApiCaller caller, @PathVariable("id") UUID id) {
		this.policy.require(caller, ApiAccess.TIN_MATCHING);
		return this.bulk.job(caller.accountId(), id)
			.<ResponseEntity<?>>map(ResponseEntity::ok)
			.orElseGet(TinMatchingApi::noSuchJob);
	}

	@GetMapping(path = "/bulk/{id}/results", produces = { "text/plain", "application/json" })
	ResponseEntity<?> results(ApiCaller caller, @PathVariable("id") UUID id) {
		this.policy.require(caller, ApiAccess.TIN_MATCHING);
		BulkJob job = this.bulk.job(caller.accountId(), id).orElse(null);
		if (job == null) {
			return noSuchJob();
		}
		if (!job.status().equals("DONE")) {
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.contentType(ApiError.PROBLEM_JSON)
				.body(ApiError.of(409, "not_ready", "The job is " + job.status() + ": no results yet.")
					.withReason(job.status()));
		}
		byte[] content = this.bulk.results(caller.accountId(), id).orElseThrow().getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("tin-matching-" + id + ".txt").build().toString())
			.body(content);
	}

	private static ResponseEntity<?> noSuchJob() {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(ApiError.PROBLEM_JSON)
			.body(ApiError.of(404, "not_found", "There is no such job."));
	}

}
