package gov.irs.secureaccess.taxapps.documents;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.platform.crypto.KeyedHash;
import gov.irs.secureaccess.platform.crypto.PiiCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The document drop (FED-5): inbound only. Takes up to {@code max-files} PDF, JPEG or PNG
 * files (known by their first bytes) of at most {@code max-file-size} each for a notice
 * or case number, stores each file sealed under a context naming its row (DATA-1), and
 * answers only a {@link Receipt}: nothing of the taxpayer's data is ever read back out,
 * so less authentication is enough. Submissions are audited with counts only (DATA-4).
 */
@Service
public class DocumentDrop {

	static final String EMAIL_PURPOSE = "taxapps.document-email";

	private final JdbcClient jdbc;

	private final PiiCipher cipher;

	private final KeyedHash keyedHash;

	private final AuditLog audit;

	private final DocumentDropProperties limits;

	private final Clock clock;

	private final ReceiptNumbers receipts = new ReceiptNumbers();

	DocumentDrop(JdbcClient jdbc, PiiCipher cipher, KeyedHash keyedHash, AuditLog audit, DocumentDropProperties limits,
			Clock clock) {
		this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
		this.cipher = Objects.requireNonNull(cipher, "cipher");
		this.keyedHash = Objects.requireNonNull(keyedHash, "keyedHash");
		this.audit = Objects.requireNonNull(audit, "audit");
		this.limits = Objects.requireNonNull(limits, "limits");
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	public DocumentDropProperties limits() {
		return this.limits;
	}

	/** A file that passed the checks, with its type. */
	public record Checked(Upload upload, FileType type) {
	}

	/**
	 * Checks every file before storing any; empty parts (a file input left empty) are
	 * left out.
	 * @throws InvalidDocumentException naming the first problem
	 */
	public List<Checked> check(List<Upload> files) {
		List<Upload> present = (files != null) ? files.stream()
			.filter((file) -> file != null && file.content() != null && file.content().length > 0)
			.toList() : List.of();
		if (present.isEmpty()) {
			throw new InvalidDocumentException(InvalidDocumentException.Problem.NO_FILE, "Choose at least one file.");
		}
		if (present.size() > this.limits.maxFiles()) {
			throw new InvalidDocumentException(InvalidDocumentException.Problem.TOO_MANY_FILES,
					"Send no more than " + this.limits.maxFiles() + " files at a time.");
		}
		for (Upload file : present) {
			if (file.content().length > this.limits.maxFileSize().toBytes()) {
				throw new InvalidDocumentException(InvalidDocumentException.Problem.TOO_LARGE,
						"Each file must be " + this.limits.maxFileSize().toMegabytes() + " MB or smaller.");
			}
		}
		return present.stream()
			.map((file) -> new Checked(file,
					FileType.sniff(file.content())
						.orElseThrow(() -> new InvalidDocumentException(InvalidDocumentException.Problem.WRONG_TYPE,
								"Send PDF, JPEG or PNG files only."))))
			.toList();
	}

	/**
	 * Stores the files and answers the receipt. @throws InvalidDocumentException when a
	 * file is refused
	 */
	@Transactional
	public Receipt submit(Submitter submitter, DocumentReference reference, List<Upload> files, String sourceAddress) {
		Objects.requireNonNull(submitter, "submitter");
		Objects.requireNonNull(reference, "reference");
		List<Checked> checked = check(files);
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		String receipt = this.receipts.next();
		this.jdbc.sql("""
				insert into document_submission (id, receipt, reference_kind, reference_sealed, channel, account_id,
				    email_hash, file_count, submitted_at)
				values (:id, :receipt, :kind, :reference, :channel, :accountId, :emailHash, :count, :now)""")
			.param("id", id)
			.param("receipt", receipt)
			.param("kind", reference.kind().name())
			.param("reference", this.cipher.seal(reference.number(), "document_submission.reference:" + id))
			.param("channel", (submitter.accountId() != null) ? "ACCOUNT" : "EMAILED_CODE")
			.param("accountId", submitter.accountId())
			.param("emailHash", (submitter.email() != null)
					? this.keyedHash.of(EMAIL_PURPOSE, submitter.email().strip().toLowerCase(Locale.ROOT)) : null)
			.param("count", checked.size())
			.param("now", Timestamp.from(now))
			.update();
		for (Checked file : checked) {
			UUID fileId = UUID.randomUUID();
			this.jdbc.sql("""
					insert into document_file (id, submission_id, file_type, size_bytes, content_sealed)
					values (:id, :submission, :type, :size, :content)""")
				.param("id", fileId)
				.param("submission", id)
				.param("type", file.type().name())
				.param("size", file.upload().content().length)
				.param("content",
						this.cipher.seal(Base64.getEncoder().encodeToString(file.upload().content()),
								"document_file:" + fileId))
				.update();
		}
		String actor = (submitter.accountId() != null) ? "account:" + submitter.accountId() : "anonymous";
		this.audit.record(AuditEvent.of(actor, "documents.submitted", "document-submission:" + id, sourceAddress)
			.with("files", Integer.toString(checked.size()))
			.with("channel", (submitter.accountId() != null) ? "account" : "emailed-code"));
		return new Receipt(receipt, checked.size(), now);
	}

}
