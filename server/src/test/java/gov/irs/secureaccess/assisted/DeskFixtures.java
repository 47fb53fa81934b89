package gov.irs.secureaccess.assisted;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import gov.irs.secureaccess.accounts.legacy.LegacyAccount;
import gov.irs.secureaccess.accounts.legacy.LegacyAccounts;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.platform.crypto.KeyedHash;
import gov.irs.secureaccess.platform.crypto.TestKeys;
import gov.irs.secureaccess.sources.generator.SyntheticPerson;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the desk tests share: legacy e-Services accounts for generated people (TestPeople
 * indexes 60-69, with a placeholder legacy hash: the desk never checks legacy passwords),
 * and the answers a caller who knows their return gives to the questions asked (read from
 * the audit entry of the set drawn: its question keys).
 */
final class DeskFixtures {

	static final String LEGACY_HASH = "pbkdf2-sha256$1$placeholder$placeholder";

	private DeskFixtures() {
	}

	static long legacyFor(LegacyAccounts legacy, SyntheticPerson person, String username) {
		TaxRecord record = person.taxRecord();
		return legacy.add(new LegacyAccount(0, username, LEGACY_HASH, record.name().first(), record.name().last(),
				record.ssn(), username + "@example.test"));
	}

	/** The keys of the newest question set drawn for a legacy account. */
	static List<String> askedQuestions(AuditLog audit, long legacyId) {
		List<String> asked = askedQuestions(audit, legacyId, true);
		if (asked.isEmpty()) {
			throw new AssertionError("no question set drawn");
		}
		return asked;
	}

	/** The keys of the newest question set drawn for a legacy account, or none. */
	static List<String> askedQuestions(AuditLog audit, long legacyId, boolean orNone) {
		return audit.forSubject(HelpDesk.legacySubject(legacyId), 50)
			.stream()
			.filter((entry) -> entry.action().equals("assist.questions.drawn")
					&& entry.details().containsKey("questions"))
			.findFirst()
			.map((drawn) -> List.of(drawn.details().get("questions").split(" ")))
			.orElse(List.of());
	}

	/**
	 * Right answers as a caller gives them: amounts rounded to whole dollars, with a
	 * dollar sign and commas.
	 */
	static Map<String, String> rightAnswers(TaxRecord record, List<String> keys) {
		// The key orders the payer choices only; the right answers are the same under any
		// key.
		QuestionPool pool = QuestionPool.of(record, new KeyedHash(TestKeys.ring()));
		Map<String, String> form = new HashMap<>();
		for (int i = 0; i < keys.size(); i++) {
			DeskQuestion question = pool.find(keys.get(i)).orElseThrow();
			String answer = question.expected();
			if (question.kind() == DeskQuestion.Kind.AMOUNT) {
				answer = String.format("$%,d",
						new BigDecimal(answer).setScale(0, RoundingMode.HALF_UP).longValueExact());
			}
			form.put("answer" + i, answer);
		}
		return form;
	}

	/** Answers that are all wrong: amounts far off, another ZIP, another choice. */
	static Map<String, String> wrongAnswers(QuestionPool pool, List<String> keys) {
		Map<String, String> form = new HashMap<>();
		for (int i = 0; i < keys.size(); i++) {
			DeskQuestion question = pool.find(keys.get(i)).orElseThrow();
			String answer = switch (question.kind()) {
				case AMOUNT -> new BigDecimal(question.expected()).add(new BigDecimal("250")).toPlainString();
				case ZIP -> question.expected().equals("00000") ? "11111" : "00000";
				case CHOICE ->
					question.choices().stream().filter((c) -> !c.equals(question.expected())).findFirst().orElseThrow();
			};
			form.put("answer" + i, answer);
		}
		return form;
	}

	/** The details (JSON) of an actor's audit entries of one action, newest first. */
	static List<String> detailsByActor(JdbcClient jdbc, String actor, String action) {
		return jdbc.sql("select details from audit_event where actor = :actor and action = :action order by seq desc")
			.param("actor", actor)
			.param("action", action)
			.query(String.class)
			.list();
	}

	static String temporaryPassword(String page) {
		Matcher matcher = Pattern.compile("id=\"temporary-password\"[^>]*>([A-Z0-9-]{19})<").matcher(page);
		if (!matcher.find()) {
			throw new AssertionError("no temporary password on the page");
		}
		return matcher.group(1);
	}

	static String mailCode(String letterBody) {
		Matcher matcher = Pattern.compile("\\b([2-9A-Z]{4}-[2-9A-Z]{4})\\b").matcher(letterBody);
		if (!matcher.find()) {
			throw new AssertionError("no activation code in the letter");
		}
		return matcher.group(1);
	}

}
