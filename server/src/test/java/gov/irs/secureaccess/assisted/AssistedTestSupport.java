package gov.irs.secureaccess.assisted;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;

/** The desk test helpers for tests outside this package (the browser test). */
public final class AssistedTestSupport {

	public record Staff(String username, String password, String secret) {
	}

	private final StaffAccounts staff;

	private final PasswordHasher hasher;

	private final AuditLog audit;

	public AssistedTestSupport(StaffAccounts staff, PasswordHasher hasher, AuditLog audit) {
		this.staff = staff;
		this.hasher = hasher;
		this.audit = audit;
	}

	/**
	 * A staff account of role {@code ASSISTOR} or {@code TAC} with an app (known secret)
	 * and a lasting password.
	 */
	public Staff staff(String role) {
		TestStaff.Made made = TestStaff.create(this.staff, this.hasher, StaffRole.valueOf(role));
		return new Staff(made.username(), TestStaff.PASSWORD, made.secret());
	}

	public String totp(String secret, Instant at) {
		try {
			return TestStaff.totp(secret, at);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	public List<String> askedQuestions(long legacyId) {
		return DeskFixtures.askedQuestions(this.audit, legacyId);
	}

	/** The right answers in the order asked. */
	public List<String> rightAnswers(TaxRecord record, List<String> keys) {
		Map<String, String> form = DeskFixtures.rightAnswers(record, keys);
		List<String> answers = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			answers.add(form.get("answer" + i));
		}
		return answers;
	}

	public String mailCode(String letterBody) {
		return DeskFixtures.mailCode(letterBody);
	}

}
