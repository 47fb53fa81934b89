package gov.irs.secureaccess.taxapps.documents.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import gov.irs.secureaccess.platform.crypto.PiiCipher;
import gov.irs.secureaccess.platform.otp.CodeCheck;
import gov.irs.secureaccess.registration.FormLimits;
import gov.irs.secureaccess.taxapps.documents.DocumentDrop;
import gov.irs.secureaccess.taxapps.documents.DocumentReference;
import gov.irs.secureaccess.taxapps.documents.EmailedAccess;
import gov.irs.secureaccess.taxapps.documents.InvalidDocumentException;
import gov.irs.secureaccess.taxapps.documents.Receipt;
import gov.irs.secureaccess.taxapps.documents.Submitter;
import gov.irs.secureaccess.taxapps.documents.Upload;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public document drop pages (FED-5): {@code /documents} asks for an email address
 * and a notice or case number and emails a code; {@code /documents/code} takes the code;
 * {@code /documents/upload} takes up to five PDF, JPEG or PNG files;
 * {@code /documents/receipt} shows the receipt number, the file count and the time, once.
 * No page shows anything of the taxpayer's: not even the email or the number typed, on
 * the first page after a mistake either.
 */
@Controller
@RequestMapping("/documents")
class DocumentDropController {

	private static final String CONTEXT = "documents.session";

	private final EmailedAccess access;

	private final DocumentDrop drop;

	private final PiiCipher cipher;

	DocumentDropController(EmailedAccess access, DocumentDrop drop, PiiCipher cipher) {
		this.access = access;
		this.drop = drop;
		this.cipher = cipher;
	}

	@GetMapping
	String start(Model model) {
		model.addAttribute("form", Map.of());
		return "documents/start";
	}

	@PostMapping
	String requestCode(@RequestParam(name = "email", required = false) String email,
			@RequestParam(name = "kind", required = false) String kind,
			@RequestParam(name = "number", required = false) String number, HttpServletRequest request, Model model,
			Locale locale) {
		String typedEmail = (email != null) ? email.strip() : "";
		// FED-5: nothing typed is shown back, not even here after a mistake; only the
		// choice of kind stays checked.
		model.addAttribute("form", Map.of("kind", (kind != null && kind.length() < 10) ? kind : ""));
		if (typedEmail.isEmpty() || FormLimits.tooLong(typedEmail) || !FormLimits.isEmail(typedEmail)) {
			return refuse(model, "documents/start", "documents.error.email");
		}
		DocumentReference reference;
		try {
			reference = DocumentReference.of(kind, number);
		}
		catch (InvalidDocumentException ex) {
			return refuse(model, "documents/start", "documents.error." + ex.problem().name());
		}
		EmailedAccess.Started started = this.access.start(typedEmail, request.getRemoteAddr(), locale);
		if (!started.allowed()) {
			model.addAttribute("errorArg", started.decision().retryAfterMinutes());
			return refuse(model, "documents/start", "documents.error.limit");
		}
		request.getSession()
			.setAttribute(DropSession.PENDING,
					new DropSession.Pending(started.subject(), this.cipher.seal(typedEmail, CONTEXT),
							reference.kind().name(), this.cipher.seal(reference.number(), CONTEXT), false));
		return "redirect:/documents/code";
	}

	@GetMapping("/code")
	String codePage(HttpServletRequest request) {
		DropSession.Pending pending = pending(request.getSession(false));
		if (pending == null) {
			return "redirect:/documents";
		}
		return pending.verified() ? "redirect:/documents/upload" : "documents/code";
	}

	@PostMapping("/code")
	String checkCode(@RequestParam(name = "code", required = false) String code, HttpServletRequest request,
			Model model) {
		HttpSession session = request.getSession(false);
		DropSession.Pending pending = pending(session);
		if (pending == null) {
			return "redirect:/documents";
		}
		String typed = (code != null && code.length() <= 20) ? code : "";
		CodeCheck check = this.access.verify(pending.subject(), typed);
		if (check == CodeCheck.ACCEPTED) {
			session.setAttribute(DropSession.PENDING, pending.asVerified());
			return "redirect:/documents/upload";
		}
		if (check == CodeCheck.WRONG) {
			return refuse(model, "documents/code", "documents.error.code");
		}
		session.removeAttribute(DropSession.PENDING);
		model.addAttribute("form", Map.of());
		return refuse(model, "documents/start", "documents.error.codeSpent");
	}

	@GetMapping("/upload")
	String uploadPage(HttpServletRequest request, Model model,
			@RequestParam(name = OversizedUploads.TOO_LARGE, defaultValue = "false") boolean tooLarge) {
		DropSession.Pending pending = pending(request.getSession(false));
		if (pending == null || !pending.verified()) {
			return "redirect:/documents";
		}
		if (tooLarge) {
			// The filter refused a request too large to read: say what may be sent, as
			// for a file too large.
			model.addAttribute("errorArg", this.drop.limits().maxFileSize().toMegabytes());
			upload(model);
			return refuse(model, "documents/upload", "documents.error.TOO_LARGE");
		}
		return upload(model);
	}

	@PostMapping("/upload")
	String receive(@RequestParam(name = "files", required = false) List<MultipartFile> files,
			HttpServletRequest request, Model model) {
		HttpSession session = request.getSession(false);
		DropSession.Pending pending = pending(session);
		if (pending == null || !pending.verified()) {
			return "redirect:/documents";
		}
		String email = this.cipher.open(pending.emailSealed(), CONTEXT);
		List<Upload> uploads = new ArrayList<>();
		if (files != null) {
			for (MultipartFile file : files) {
				uploads.add(new Upload(bytes(file)));
			}
		}
		try {
			this.drop.check(uploads);
		}
		catch (InvalidDocumentException ex) {
			model.addAttribute("errorArg", errorArg(ex.problem()));
			upload(model);
			return refuse(model, "documents/upload", "documents.error." + ex.problem().name());
		}
		if (!this.access.mayUpload(email)) {
			upload(model);
			return refuse(model, "documents/upload", "documents.error.uploadLimit");
		}
		DocumentReference reference = DocumentReference.of(pending.kind(),
				this.cipher.open(pending.numberSealed(), CONTEXT));
		Receipt receipt = this.drop.submit(Submitter.emailed(email), reference, uploads, request.getRemoteAddr());
		session.removeAttribute(DropSession.PENDING);
		session.setAttribute(DropSession.RECEIPT,
				new DropSession.ShownReceipt(receipt.number(), receipt.fileCount(), receipt.receivedAt()));
		return "redirect:/documents/receipt";
	}

	@GetMapping("/receipt")
	String receipt(HttpServletRequest request, Model model, Locale locale) {
		HttpSession session = request.getSession(false);
		Object shown = (session != null) ? session.getAttribute(DropSession.RECEIPT) : null;
		if (!(shown instanceof DropSession.ShownReceipt receipt)) {
			return "redirect:/documents";
		}
		session.removeAttribute(DropSession.RECEIPT);
		model.addAttribute("receipt", receipt.number());
		model.addAttribute("fileCount", receipt.fileCount());
		model.addAttribute("receivedAt",
				DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
					.withLocale(locale)
					.withZone(ZoneId.of("America/New_York"))
					.format(receipt.receivedAt()));
		return "documents/receipt";
	}

	private String upload(Model model) {
		model.addAttribute("maxFiles", this.drop.limits().maxFiles());
		model.addAttribute("maxMegabytes", this.drop.limits().maxFileSize().toMegabytes());
		return "documents/upload";
	}

	private Object errorArg(InvalidDocumentException.Problem problem) {
		if (problem == InvalidDocumentException.Problem.TOO_LARGE) {
			return this.drop.limits().maxFileSize().toMegabytes();
		}
		if (problem == InvalidDocumentException.Problem.TOO_MANY_FILES) {
			return this.drop.limits().maxFiles();
		}
		return null;
	}

	private static String refuse(Model model, String view, String key) {
		model.addAttribute("error", key);
		return view;
	}

	private static DropSession.Pending pending(HttpSession session) {
		Object value = (session != null) ? session.getAttribute(DropSession.PENDING) : null;
		return (value instanceof DropSession.Pending pending) ? pending : null;
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
