package gov.irs.secureaccess.simulate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The check after the fault run, read through HAProxy from whichever node is primary now:
 * every registration whose final page said "Your account is ready" has its account; each
 * account's messages (the proofing notice by email and by letter, REG-8, queued in the
 * account's own transaction) are in the outbox exactly once, and none exists for an
 * account that was not made; every failed request showed the service's error page or
 * HAProxy's, never a stack trace or a 500. Writes the results (Markdown) to
 * {@code --output} and answers 0 only when every check holds.
 */
final class FaultCheck {

	private final JdbcClient jdbc;

	private final Mail mail;

	private final Path dir;

	private final Map<String, String> settings;

	private final List<String> problems = new ArrayList<>();

	FaultCheck(JdbcClient jdbc, Mail mail, Path dir, Map<String, String> settings) {
		this.jdbc = jdbc;
		this.mail = mail;
		this.dir = dir;
		this.settings = settings;
	}

	private record Event(long at, String what) {
	}

	int check() throws IOException {
		List<String[]> journeys = rows("journeys.tsv");
		List<String[]> failures = rows("failures.tsv");
		List<Event> events = rows("events.tsv").stream()
			.map((row) -> new Event(Long.parseLong(row[0]), row[1]))
			.toList();
		Map<String, String> facts = new TreeMap<>();
		for (String[] row : rows("facts.tsv")) {
			facts.put(row[0], row[1]);
		}
		int ready = 0;
		int readyWithoutAccount = 0;
		int accountsNotShownReady = 0;
		int noticeEmailWrong = 0;
		int noticeLetterWrong = 0;
		int codesMissing = 0;
		int emailCodeResent = 0;
		int smsCodeResent = 0;
		Map<String, Integer> outcomes = new TreeMap<>();
		for (String[] j : journeys) {
			String username = j[1];
			String email = j[2];
			boolean isReady = j[6].equals("READY");
			outcomes.merge(isReady ? "READY" : j[6].replaceAll("\\d+", "N"), 1, Integer::sum);
			int accounts = this.jdbc.sql(
					"select count(*) from account where username_canonical = lower(:u) and status = 'ACTIVE' and loa = 3")
				.param("u", username)
				.query(Integer.class)
				.single();
			boolean exists = accounts == 1;
			if (isReady) {
				ready++;
				if (!exists) {
					readyWithoutAccount++;
					this.problems.add("journey " + j[0] + " showed 'Your account is ready' but has no account");
				}
			}
			else if (exists) {
				accountsNotShownReady++;
			}
			if (!isReady && !exists) {
				// Every person fault/run picks can register straight through: a journey
				// that did not end is a finding.
				this.problems.add("journey " + j[0] + " did not finish: " + j[6]);
			}
			long noticeEmails = count(Mail.key("EMAIL", email), "registration.proofing-notice");
			long noticeLetters = count(Mail.letterBox(j[4], j[5]), "registration.proofing-notice");
			int expected = exists ? 1 : 0;
			if (noticeEmails != expected) {
				noticeEmailWrong++;
				this.problems
					.add("journey " + j[0] + ": " + noticeEmails + " proofing-notice emails, expected " + expected);
			}
			if (noticeLetters != expected) {
				noticeLetterWrong++;
				this.problems
					.add("journey " + j[0] + ": " + noticeLetters + " proofing-notice letters, expected " + expected);
			}
			if (exists) {
				long emailCodes = count(Mail.key("EMAIL", email), "registration.email-code");
				long smsCodes = count(Mail.key("SMS", j[3]), "registration.sms-code");
				if (emailCodes < 1 || smsCodes < 1) {
					codesMissing++;
					this.problems.add("journey " + j[0] + ": an account without its email or text code in the outbox");
				}
				emailCodeResent += (emailCodes > 1) ? 1 : 0;
				smsCodeResent += (smsCodes > 1) ? 1 : 0;
			}
		}
		int runAccounts = this.jdbc.sql("select count(*) from account where username_canonical like :p")
			.param("p", "fault." + setting("run") + ".%")
			.query(Integer.class)
			.single();
		if (runAccounts != ready + accountsNotShownReady) {
			this.problems.add(runAccounts + " accounts of this run in the database, " + (ready + accountsNotShownReady)
					+ " matched to journeys");
		}
		Map<String, Integer> shown = new TreeMap<>();
		int bad = 0;
		for (String[] f : failures) {
			long at = Long.parseLong(f[0]);
			String phase = "before any fault";
			for (Event event : events) {
				if (event.at() <= at) {
					phase = event.what();
				}
			}
			shown.merge(phase + " | " + ((f[3].equals("0")) ? "-" : f[3]) + " | " + f[4], 1, Integer::sum);
			if (f[4].startsWith("STACK") || f[3].equals("500") || f[4].startsWith("other")) {
				bad++;
			}
		}
		if (bad > 0) {
			this.problems.add(bad + " failed requests showed a 500, a stack trace or an unknown page");
		}
		facts.forEach((name, value) -> {
			if (name.startsWith("check:") && !value.startsWith("yes")) {
				this.problems.add(name.substring(6) + ": " + value);
			}
		});
		StringBuilder md = new StringBuilder();
		String started = events.isEmpty() ? "" : stamp(events.get(0).at());
		md.append("# Fault run results (").append(setting("mode")).append(")\n\n");
		md.append("Written by `faults/run ")
			.append(setting("mode"))
			.append("` (docs/faults.md) on ")
			.append(started)
			.append(" UTC. Verdict: **")
			.append(this.problems.isEmpty() ? "PASS" : "FAIL")
			.append("**.\n\n");
		md.append("## Set-up\n\n");
		facts.forEach((name, value) -> {
			if (name.startsWith("setup:")) {
				md.append("- ").append(name.substring(6)).append(": ").append(value).append('\n');
			}
		});
		md.append("\n## Timeline\n\n| Time (UTC) | s | Event |\n|---|---|---|\n");
		long zero = events.isEmpty() ? 0 : events.get(0).at();
		for (Event event : events) {
			md.append("| ")
				.append(stamp(event.at()))
				.append(" | ")
				.append(String.format("%.1f", (event.at() - zero) / 1000.0))
				.append(" | ")
				.append(event.what())
				.append(" |\n");
		}
		md.append("\n## Registrations\n\n| Measure | Count |\n|---|---|\n");
		row(md, "Registrations started", journeys.size());
		row(md, "Final page said \"Your account is ready\"", ready);
		row(md, "... of which have their account (ACTIVE, LOA 3), read through HAProxy after the faults",
				ready - readyWithoutAccount);
		row(md, "Accounts made whose final page the person did not see", accountsNotShownReady);
		row(md, "Accounts of the run in the database", runAccounts);
		row(md, "Journeys with the proofing-notice email not exactly once per account", noticeEmailWrong);
		row(md, "Journeys with the proofing-notice letter not exactly once per account", noticeLetterWrong);
		row(md, "Accounts missing their email or text code in the outbox", codesMissing);
		row(md, "Accounts whose email code was queued more than once (a retried request asked again)", emailCodeResent);
		row(md, "Accounts whose text code was queued more than once (a retried request asked again)", smsCodeResent);
		row(md, "Journeys that met at least one failed request",
				(int) journeys.stream().filter((j) -> !j[7].equals("0")).count());
		row(md, "Failed requests in all", failures.size());
		md.append("\nHow the journeys ended:\n\n| Outcome | Count |\n|---|---|\n");
		outcomes.forEach((outcome, n) -> row(md, outcome, n));
		md.append("\n## What failed requests showed\n\n| After | HTTP | Shown |\n|---|---|---|\n");
		if (shown.isEmpty()) {
			md.append("| (none) | | |\n");
		}
		shown.forEach((key, n) -> {
			String[] parts = key.split(" \\| ", 3);
			md.append("| ")
				.append(parts[0])
				.append(" | ")
				.append(parts[1])
				.append(" | ")
				.append(parts[2])
				.append(" × ")
				.append(n)
				.append(" |\n");
		});
		md.append("\n## Checks\n\n");
		facts.forEach((name, value) -> {
			if (name.startsWith("check:")) {
				md.append("- ").append(name.substring(6)).append(": ").append(value).append('\n');
			}
		});
		if (this.problems.isEmpty()) {
			md.append("- every check above and every registration's account and messages: hold\n");
		}
		else {
			md.append("\nProblems:\n\n");
			this.problems.stream().limit(50).forEach((problem) -> md.append("- ").append(problem).append('\n'));
		}
		Files.writeString(Path.of(setting("output")), md.toString(), StandardCharsets.UTF_8);
		System.out
			.println("check: " + (this.problems.isEmpty() ? "PASS" : "FAIL, " + this.problems.size() + " problems")
					+ "; results in " + setting("output"));
		return this.problems.isEmpty() ? 0 : 1;
	}

	private long count(String box, String template) {
		return this.mail.all(box, 0).stream().filter((message) -> message.template().equals(template)).count();
	}

	private static void row(StringBuilder md, String what, int n) {
		md.append("| ").append(what).append(" | ").append(n).append(" |\n");
	}

	private static String stamp(long at) {
		return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.format(Instant.ofEpochMilli(at).atOffset(ZoneOffset.UTC));
	}

	private String setting(String name) {
		String value = this.settings.get(name);
		if (value == null) {
			throw new IllegalArgumentException("missing --" + name);
		}
		return value;
	}

	/**
	 * A TSV file of the run without its header (events and facts have none); missing
	 * files are empty.
	 */
	private List<String[]> rows(String name) throws IOException {
		Path file = this.dir.resolve(name);
		if (!Files.exists(file)) {
			return List.of();
		}
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		boolean header = !lines.isEmpty() && !lines.get(0).isEmpty() && !Character.isDigit(lines.get(0).charAt(0))
				&& !name.equals("facts.tsv");
		return lines.stream()
			.skip(header ? 1 : 0)
			.filter((line) -> !line.isBlank())
			.map((line) -> line.split("\t", -1))
			.toList();
	}

}
