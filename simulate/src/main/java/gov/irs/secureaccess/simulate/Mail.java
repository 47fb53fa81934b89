package gov.irs.secureaccess.simulate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import gov.irs.secureaccess.messaging.OutboxSeals;
import gov.irs.secureaccess.platform.crypto.PiiCipher;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The post office, the mail server and the phone network of the simulation: hands each
 * message the service queued in its outbox (embedded mode) to whoever holds the address
 * it went to. Emails go to the inbox of that address, texts to whoever holds the phone's
 * SIM, letters to the mailbox at the address block (name and first line). Read in queue
 * order ({@code seq}), so nobody ever sees a message meant for someone else.
 */
final class Mail {

	private static final Pattern SIX_DIGITS = Pattern.compile("\\b(\\d{6})\\b");

	private static final Pattern MAIL_CODE = Pattern.compile("\\b([2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4})\\b");

	/** One delivered message. */
	record Message(long seq, String channel, String template, String subject, String body, Instant queuedAt) {
	}

	private final JdbcClient jdbc;

	private final PiiCipher cipher;

	private final Map<String, List<Message>> boxes = new ConcurrentHashMap<>();

	/** The highest sequence number delivered. */
	private long last;

	/** Where the next read starts: {@link #LOOK_BACK} below {@link #last}. */
	private long low;

	/** The messages delivered above {@link #low}. */
	private final Set<Long> seen = new HashSet<>();

	/**
	 * More than the messages that can be queued but not yet committed at once (one per
	 * busy browser at most).
	 */
	private static final long LOOK_BACK = 500;

	Mail(JdbcClient jdbc, PiiCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/** Delivers every message queued since the last call. */
	synchronized void deliver() {
		while (true) {
			// Numbers first, then only the messages not yet delivered: the look-back
			// window is read on every call, and its messages' sealed bodies would
			// otherwise be fetched again each time.
			List<Long> fresh = this.jdbc.sql("select seq from outbox_message where seq > :low order by seq limit 2000")
				.param("low", this.low)
				.query(Long.class)
				.list();
			fresh = fresh.stream().filter((seq) -> !this.seen.contains(seq)).toList();
			if (fresh.isEmpty()) {
				return;
			}
			List<Object[]> rows = this.jdbc.sql("""
					select seq, channel, template, recipient_sealed, subject_sealed, body_sealed, created_at
					  from outbox_message where seq in (:fresh) order by seq
					""")
				.param("fresh", fresh)
				.query((rs,
						n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
								rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant() })
				.list();
			for (Object[] row : rows) {
				long seq = (long) row[0];
				this.seen.add(seq);
				String channel = (String) row[1];
				String recipient = this.cipher.open((String) row[3], OutboxSeals.RECIPIENT);
				String subject = (row[4] != null) ? this.cipher.open((String) row[4], OutboxSeals.SUBJECT) : "";
				String body = (row[5] != null) ? this.cipher.open((String) row[5], OutboxSeals.BODY) : "";
				this.boxes.computeIfAbsent(key(channel, recipient), (k) -> new ArrayList<>())
					.add(new Message(seq, channel, (String) row[2], subject, body, (Instant) row[6]));
				this.last = Math.max(this.last, seq);
			}
			// Sequence numbers are taken when a message is queued, not when its
			// transaction commits: a message with a lower number can appear after a
			// higher one was read. Look back a window below the highest seen.
			this.low = Math.max(0, this.last - LOOK_BACK);
			this.seen.removeIf((seq) -> seq <= this.low);
		}
	}

	/**
	 * Where a message goes: an email address, an E.164 number, or a letter's name and
	 * first address line.
	 */
	static String key(String channel, String recipient) {
		if (channel.equals("LETTER")) {
			String[] lines = recipient.split("\n");
			return "LETTER:" + lines[0].strip().toUpperCase(Locale.ROOT) + "|"
					+ ((lines.length > 1) ? lines[1].strip().toUpperCase(Locale.ROOT) : "");
		}
		return channel + ":" + recipient.strip().toLowerCase(Locale.ROOT);
	}

	static String letterBox(String fullName, String line1) {
		return "LETTER:" + fullName.toUpperCase(Locale.ROOT) + "|" + line1.toUpperCase(Locale.ROOT);
	}

	/** The newest message in a box, after {@code afterSeq}. */
	Optional<Message> newest(String box, long afterSeq) {
		deliver();
		List<Message> messages = this.boxes.get(box);
		if (messages == null) {
			return Optional.empty();
		}
		synchronized (this) {
			for (int i = messages.size() - 1; i >= 0; i--) {
				if (messages.get(i).seq() > afterSeq) {
					return Optional.of(messages.get(i));
				}
				break;
			}
		}
		return Optional.empty();
	}

	/**
	 * The seq of the newest message delivered so far: "what came after now" starts here.
	 */
	synchronized long mark() {
		deliver();
		return this.last;
	}

	Optional<String> code(String box, long afterSeq) {
		return newest(box, afterSeq).flatMap((message) -> first(SIX_DIGITS, message.body()));
	}

	Optional<String> letterCode(String box, long afterSeq) {
		return newest(box, afterSeq).filter((message) -> message.template().contains("activation"))
			.flatMap((message) -> first(MAIL_CODE, message.body()));
	}

	/** Every letter in a box after {@code afterSeq} (activation letters, notices). */
	List<Message> all(String box, long afterSeq) {
		deliver();
		List<Message> found = new ArrayList<>();
		synchronized (this) {
			for (Message message : this.boxes.getOrDefault(box, List.of())) {
				if (message.seq() > afterSeq) {
					found.add(message);
				}
			}
		}
		return found;
	}

	private static Optional<String> first(Pattern pattern, String body) {
		Matcher matcher = pattern.matcher(body);
		return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

}
