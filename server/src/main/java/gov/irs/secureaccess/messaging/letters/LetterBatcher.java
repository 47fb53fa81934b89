package gov.irs.secureaccess.messaging.letters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import gov.irs.secureaccess.messaging.OutboxSeals;
import gov.irs.secureaccess.platform.crypto.PiiCipher;
import gov.irs.secureaccess.platform.db.AdvisoryLock;
import gov.irs.secureaccess.platform.db.DataFolderProperties;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily letter batch (MSG-2): every PENDING letter in the outbox, in queue order,
 * becomes a page (or pages) of one print-ready {@code letters.pdf}, with a
 * {@code manifest.csv} for the print vendor (message id, template, page, postal code and
 * country: no names, no codes) and a {@code manifest.sha256}, in a folder
 * {@code batch-yyyyMMdd-HHmmss} (UTC, from the injected clock) under
 * {@code secure-access.letters.batch-dir}. In the transaction that records the batch the
 * letters become SENT and their subject and body are cleared, so the activation code is
 * no longer in the outbox: it survives only as the keyed hash in {@code one_time_code}
 * (DATA-5).
 *
 * <p>
 * Crash safety: the files are written into a hidden {@code .batch-...tmp} folder, renamed
 * into place, and only then is the database change committed. If the commit fails the
 * folder is deleted and the letters stay PENDING for the next batch. A process that dies
 * between the rename and the commit leaves a folder no {@code letter_batch} row names;
 * the next run deletes it (and stale temp folders) before it starts, under a PostgreSQL
 * advisory lock that also keeps two instances from batching at once. A batch folder is
 * therefore valid exactly when a {@code letter_batch} row names it; the vendor takes only
 * folders with a {@code manifest.sha256} that checks.
 */
@Service
public class LetterBatcher {

	static final String PDF = "letters.pdf";

	static final String MANIFEST = "manifest.csv";

	static final String CHECKSUMS = "manifest.sha256";

	static final String[] MANIFEST_HEADER = { "message_id", "template", "page", "pages", "postal_code", "country" };

	private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
		.withZone(ZoneOffset.UTC);

	private static final Logger log = LoggerFactory.getLogger(LetterBatcher.class);

	private final JdbcClient jdbc;

	private final PiiCipher cipher;

	private final Clock clock;

	private final TransactionTemplate tx;

	private final Path batchDir;

	public LetterBatcher(JdbcClient jdbc, PiiCipher cipher, Clock clock, PlatformTransactionManager transactions,
			LetterProperties properties, DataFolderProperties dataFolder) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.clock = clock;
		this.tx = new TransactionTemplate(transactions);
		this.batchDir = (properties.batchDir() != null) ? properties.batchDir()
				: dataFolder.dataDir().resolve("letters");
	}

	/** The folder batches are written to. */
	public Path batchDir() {
		return this.batchDir;
	}

	@Scheduled(cron = "${secure-access.letters.batch-cron:0 0 2 * * *}")
	void daily() {
		run();
	}

	/**
	 * Makes a batch of all PENDING letters now and hands it over (records it, marks the
	 * letters SENT and clears their codes). With no pending letter nothing is written and
	 * the result is empty.
	 */
	public Optional<LetterBatch> run() {
		try {
			Files.createDirectories(this.batchDir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the letter batch folder", ex);
		}
		UUID batchId = UUID.randomUUID();
		Path[] placed = new Path[1];
		try {
			Optional<LetterBatch> batch = this.tx.execute((status) -> makeBatch(batchId, placed));
			batch.ifPresent((b) -> log.info("Letter batch {} handed over: {} letters, {} pages",
					b.folder().getFileName(), b.letterCount(), b.pages()));
			return batch;
		}
		catch (RuntimeException ex) {
			if (placed[0] != null && !recorded(batchId)) {
				log.warn("Letter batch {} was not recorded; its folder is removed and the letters stay pending",
						placed[0].getFileName());
				deleteQuietly(placed[0]);
			}
			throw ex;
		}
	}

	private Optional<LetterBatch> makeBatch(UUID batchId, Path[] placed) {
		AdvisoryLock.LETTER_BATCH.holdUntilCommit(this.jdbc);
		removeUnrecordedFolders();
		List<Pending> pending = this.jdbc.sql("""
				select id, template, recipient_sealed, subject_sealed, body_sealed from outbox_message
				where channel = 'LETTER' and status = 'PENDING' order by seq for update
				""")
			.query((rs, row) -> new Pending(rs.getObject("id", UUID.class), rs.getString("template"),
					this.cipher.open(rs.getString("recipient_sealed"), OutboxSeals.RECIPIENT),
					this.cipher.open(rs.getString("subject_sealed"), OutboxSeals.SUBJECT),
					this.cipher.open(rs.getString("body_sealed"), OutboxSeals.BODY)))
			.list();
		if (pending.isEmpty()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		String name = folderName(now);
		Path temp = this.batchDir.resolve("." + name + ".tmp");
		Path folder = this.batchDir.resolve(name);
		Written written;
		try {
			written = writeFiles(pending, name, temp);
			Files.move(temp, folder, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException | RuntimeException ex) {
			deleteQuietly(temp);
			throw (ex instanceof RuntimeException runtime) ? runtime
					: new UncheckedIOException("Cannot write letter batch " + name, (IOException) ex);
		}
		placed[0] = folder;
		this.jdbc.sql("""
				insert into letter_batch (id, created_at, letter_count, page_count, folder, pdf_sha256, manifest_sha256)
				values (:id, :createdAt, :letters, :pages, :folder, :pdfSha, :manifestSha)
				""")
			.param("id", batchId)
			.param("createdAt", Timestamp.from(now))
			.param("letters", pending.size())
			.param("pages", written.pages())
			.param("folder", name)
			.param("pdfSha", written.pdfSha256())
			.param("manifestSha", written.manifestSha256())
			.update();
		List<UUID> ids = pending.stream().map(Pending::id).toList();
		int sent = this.jdbc.sql("""
				update outbox_message
				set status = 'SENT', sent_at = :now, attempts = attempts + 1, subject_sealed = null, body_sealed = null,
				    letter_batch_id = :batch
				where id in (:ids) and status = 'PENDING'
				""").param("now", Timestamp.from(now)).param("batch", batchId).param("ids", ids).update();
		if (sent != ids.size()) {
			throw new IllegalStateException(
					"Letter batch " + name + ": " + sent + " of " + ids.size() + " letters could be marked sent");
		}
		return Optional.of(new LetterBatch(batchId, now, folder, ids, written.pages(), written.pdfSha256()));
	}

	private Written writeFiles(List<Pending> pending, String name, Path temp) throws IOException {
		deleteQuietly(temp);
		Files.createDirectories(temp);
		List<LetterPdf.Letter> letters = pending.stream()
			.map((p) -> new LetterPdf.Letter(p.recipient(), p.subject(), p.body()))
			.toList();
		Path pdf = temp.resolve(PDF);
		List<LetterPdf.Placement> placements = LetterPdf.write(letters, name, pdf);
		Path manifest = temp.resolve(MANIFEST);
		try (Writer out = Files.newBufferedWriter(manifest, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(out,
						CSVFormat.RFC4180.builder().setHeader(MANIFEST_HEADER).setRecordSeparator("\n").get())) {
			for (int i = 0; i < pending.size(); i++) {
				PostalDestination destination = PostalDestination.of(pending.get(i).recipient());
				LetterPdf.Placement placement = placements.get(i);
				csv.printRecord(pending.get(i).id(), pending.get(i).template(), placement.firstPage(),
						placement.pages(), destination.postalCode(), destination.country());
			}
		}
		String pdfSha = sha256(pdf);
		String manifestSha = sha256(manifest);
		Files.writeString(temp.resolve(CHECKSUMS), pdfSha + "  " + PDF + "\n" + manifestSha + "  " + MANIFEST + "\n",
				StandardCharsets.US_ASCII);
		LetterPdf.Placement last = placements.get(placements.size() - 1);
		return new Written(last.firstPage() + last.pages() - 1, pdfSha, manifestSha);
	}

	/**
	 * A unique folder name for a batch made at {@code now}:
	 * {@code batch-yyyyMMdd-HHmmss}, with -2, -3, ... if taken.
	 */
	private String folderName(Instant now) {
		String base = "batch-" + FOLDER_TIME.format(now);
		String name = base;
		for (int n = 2; taken(name); n++) {
			name = base + "-" + n;
		}
		return name;
	}

	private boolean taken(String name) {
		return Files.exists(this.batchDir.resolve(name))
				|| this.jdbc.sql("select count(*) from letter_batch where folder = :f")
					.param("f", name)
					.query(Integer.class)
					.single() > 0;
	}

	private boolean recorded(UUID batchId) {
		try {
			return this.jdbc.sql("select count(*) from letter_batch where id = :id")
				.param("id", batchId)
				.query(Integer.class)
				.single() > 0;
		}
		catch (RuntimeException ex) {
			// The database cannot tell: keep the folder; the next run removes it if no
			// row names it.
			return true;
		}
	}

	/**
	 * Removes temp folders and batch folders no row names: left by a crash before the
	 * commit (see class comment).
	 */
	private void removeUnrecordedFolders() {
		List<String> recordedFolders = this.jdbc.sql("select folder from letter_batch").query(String.class).list();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(this.batchDir)) {
			for (Path entry : entries) {
				String name = entry.getFileName().toString();
				boolean temp = name.startsWith(".batch-") && name.endsWith(".tmp");
				boolean orphan = name.startsWith("batch-") && !recordedFolders.contains(name);
				if (Files.isDirectory(entry) && (temp || orphan)) {
					log.warn("Removing letter batch folder {} left by an interrupted batch", name);
					deleteQuietly(entry);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the letter batch folder", ex);
		}
	}

	static String sha256(Path file) throws IOException {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void deleteQuietly(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			log.warn("Could not remove letter batch folder {}: {}", folder.getFileName(),
					ex.getClass().getSimpleName());
		}
	}

	private record Pending(UUID id, String template, String recipient, String subject, String body) {
	}

	private record Written(int pages, String pdfSha256, String manifestSha256) {
	}

}
