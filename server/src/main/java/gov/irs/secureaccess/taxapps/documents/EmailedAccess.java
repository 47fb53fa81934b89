package gov.irs.secureaccess.taxapps.documents;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import gov.irs.secureaccess.messaging.Channel;
import gov.irs.secureaccess.messaging.Outbox;
import gov.irs.secureaccess.messaging.OutgoingMessage;
import gov.irs.secureaccess.platform.limits.RateLimit;
import gov.irs.secureaccess.platform.limits.RateLimitDecision;
import gov.irs.secureaccess.platform.limits.RateLimiter;
import gov.irs.secureaccess.platform.otp.CodeCheck;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.platform.otp.IssuedCode;
import gov.irs.secureaccess.platform.otp.OneTimeCodes;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The document drop's reduced authentication without an account (FED-5): a six-digit code
 * emailed through the outbox (MSG-1), kept only as a keyed hash (DATA-5), 15 minutes,
 * single use. Limited per email address from one client address
 * ({@link #PER_EMAIL_AND_ADDRESS}) and per client address ({@link #PER_ADDRESS}), so a
 * stranger never uses up the owner's; wrong codes per request ({@link #TRIES}); uploads
 * per proven email ({@link #UPLOADS_PER_EMAIL}). The email holds the code only: no
 * taxpayer data.
 */
@Service
public class EmailedAccess {

	/**
	 * Codes for one email asked from one address: never per email alone, or anyone could
	 * block the owner's.
	 */
	public static final RateLimit PER_EMAIL_AND_ADDRESS = new RateLimit("documents-code-per-email-and-address", 5,
			Duration.ofHours(1));

	public static final RateLimit PER_ADDRESS = new RateLimit("documents-code-per-address", 20, Duration.ofHours(1));

	public static final RateLimit TRIES = new RateLimit("documents-code-tries", 5, Duration.ofMinutes(15));

	public static final RateLimit UPLOADS_PER_EMAIL = new RateLimit("documents-uploads-per-email", 10,
			Duration.ofDays(1));

	/**
	 * The outcome of asking for a code: the subject to check it against, or how long to
	 * wait.
	 */
	public record Started(String subject, RateLimitDecision decision) {

		public boolean allowed() {
			return this.subject != null;
		}

	}

	private final OneTimeCodes codes;

	private final Outbox outbox;

	private final RateLimiter limiter;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	EmailedAccess(OneTimeCodes codes, Outbox outbox, RateLimiter limiter, MessageSource messages,
			TransactionTemplate transactions) {
		this.transactions = Objects.requireNonNull(transactions, "transactions");
		this.codes = Objects.requireNonNull(codes, "codes");
		this.outbox = Objects.requireNonNull(outbox, "outbox");
		this.limiter = Objects.requireNonNull(limiter, "limiter");
		this.messages = Objects.requireNonNull(messages, "messages");
	}

	/**
	 * Emails a code to {@code email} unless a limit is reached. The limits are counted
	 * first, each in its own short transaction, and only then is a transaction opened for
	 * the code and its email: a request never holds one connection while it waits for
	 * another (the limiter's), so a burst of requests cannot starve the pool.
	 */
	public Started start(String email, String sourceAddress, Locale locale) {
		String normalised = email.strip().toLowerCase(Locale.ROOT);
		String address = (sourceAddress != null) ? sourceAddress : "unknown";
		RateLimitDecision byAddress = this.limiter.hit(PER_ADDRESS, address);
		if (!byAddress.allowed()) {
			return new Started(null, byAddress);
		}
		RateLimitDecision byEmail = this.limiter.hit(PER_EMAIL_AND_ADDRESS, address + "\n" + normalised);
		if (!byEmail.allowed()) {
			return new Started(null, byEmail);
		}
		String subject = "document-drop:" + UUID.randomUUID();
		this.transactions.executeWithoutResult((status) -> {
			IssuedCode code = this.codes.issue(CodePurpose.DOCUMENT_DROP_EMAIL, subject);
			this.outbox.enqueue(new OutgoingMessage(Channel.EMAIL, "documents.email-code", normalised,
					this.messages.getMessage("documents.mail.subject", null, locale),
					this.messages.getMessage("documents.mail.body",
							new Object[] { code.code(), CodePurpose.DOCUMENT_DROP_EMAIL.defaultLifetime().toMinutes() },
							locale),
					subject));
		});
		return new Started(subject, byEmail);
	}

	/**
	 * Checks a typed code; after {@link #TRIES} wrong ones the request is spent. The try
	 * is counted first, as above.
	 */
	public CodeCheck verify(String subject, String typed) {
		if (!this.limiter.hit(TRIES, subject).allowed()) {
			this.transactions
				.executeWithoutResult((status) -> this.codes.voidLive(CodePurpose.DOCUMENT_DROP_EMAIL, subject));
			return CodeCheck.EXPIRED;
		}
		return this.transactions
			.execute((status) -> this.codes.redeem(CodePurpose.DOCUMENT_DROP_EMAIL, subject, typed));
	}

	/** Counts an upload for an email address; false when the day's limit is reached. */
	public boolean mayUpload(String email) {
		return this.limiter.hit(UPLOADS_PER_EMAIL, email.strip().toLowerCase(Locale.ROOT)).allowed();
	}

}
