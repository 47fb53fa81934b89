package gov.irs.secureaccess.taxapps.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import gov.irs.secureaccess.taxapps.documents.DocumentDrop;
import gov.irs.secureaccess.taxapps.documents.DocumentReference;
import gov.irs.secureaccess.taxapps.documents.Receipt;
import gov.irs.secureaccess.taxapps.documents.Submitter;
import gov.irs.secureaccess.taxapps.documents.Upload;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The document drop (FED-5) for applications: multipart {@code kind} (NOTICE or CASE),
 * {@code number} and up to five {@code files}; answers the receipt only. Scope
 * {@code documents.write}, LOA-1.
 */
@RestController
@RequestMapping(path = "/api/v1/documents", produces = "application/json")
class DocumentsApi {

	private final ApiPolicy policy;

	private final DocumentDrop drop;

	DocumentsApi(ApiPolicy policy, DocumentDrop drop) {
		this.policy = policy;
		this.drop = drop;
	}

	@PostMapping(consumes = "multipart/form-data")
	@ResponseStatus(HttpStatus.CREATED)
	Receipt submit(ApiCaller caller, @RequestParam(name = "kind", required = false) String kind,
			@RequestParam(name = "number", required = false) String number,
			@RequestPart(name = "files", required = false) List<MultipartFile> files, HttpServletRequest request)
			throws IOException {
		this.policy.require(caller, ApiAccess.DOCUMENTS);
		DocumentReference reference = DocumentReference.of(kind, number);
		List<Upload> uploads = new ArrayList<>();
		if (files != null) {
			for (MultipartFile file : files) {
				uploads.add(new Upload(file.getBytes()));
			}
		}
		return this.drop.submit(Submitter.account(caller.accountId()), reference, uploads, request.getRemoteAddr());
	}

}
