package gov.irs.secureaccess.recovery;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import gov.irs.secureaccess.accounts.AccountStatus;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.NewAccount;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.support.TestSsns;

/**
 * Accounts made directly in the store for recovery tests, each with its own synthetic
 * SSN, username, email, phone.
 */
final class RecoveryAccounts {

	static final String PASSWORD = "harbor lantern quietly seven";

	static final String NEW_PASSWORD = "copper kettle whistles at dusk";

	static final String SCHOOL = "Lincoln Elementary";

	static final String JOB = "Corner bakery on Main";

	private static final AtomicInteger NEXT = new AtomicInteger(1);

	private RecoveryAccounts() {
	}

	record Made(long id, String username, String email, String phone) {
	}

	static Made active(Accounts accounts, PasswordHasher hasher, String prefix) {
		int n = NEXT.getAndIncrement();
		String username = prefix + ".rec" + n;
		String email = username + "@example.test";
		String phone = String.format("+1202556%04d", 1000 + n);
		long id = accounts.create(new NewAccount(username, email, "Rita", "Person" + n, LocalDate.of(1980, 1, 1),
				TestSsns.next(), hasher.hash(PASSWORD), "Kites over the river", "flight", phone, AccountStatus.ACTIVE,
				3, "tax-record,financial,sms", Map.of()));
		return new Made(id, username, email, phone);
	}

	/**
	 * Mail path (REG-6): no phone yet, two secret questions (first school, first job).
	 */
	static Made awaitingActivation(Accounts accounts, PasswordHasher hasher, String prefix) {
		int n = NEXT.getAndIncrement();
		String username = prefix + ".mail" + n;
		String email = username + "@example.test";
		long id = accounts
			.create(new NewAccount(username, email, "Mara", "Post" + n, LocalDate.of(1975, 5, 5), TestSsns.next(),
					hasher.hash(PASSWORD), "Letters by the sea", "flight", null, AccountStatus.AWAITING_ACTIVATION, 2,
					"tax-record,financial", Map.of("firstSchool", SCHOOL, "firstJob", JOB)));
		return new Made(id, username, email, null);
	}

}
