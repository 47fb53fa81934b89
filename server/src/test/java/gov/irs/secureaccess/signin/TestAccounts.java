package gov.irs.secureaccess.signin;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import gov.irs.secureaccess.accounts.AccountStatus;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.NewAccount;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.support.TestSsns;

/**
 * Active accounts made directly in the store, each with its own synthetic SSN, username
 * and phone.
 */
public final class TestAccounts {

	public static final String PASSWORD = "harbor lantern quietly seven";

	private static final AtomicInteger NEXT = new AtomicInteger(1);

	private TestAccounts() {
	}

	public record Made(long id, String username, String phone) {
	}

	public static Made active(Accounts accounts, PasswordHasher hasher, String prefix) {
		int n = NEXT.getAndIncrement();
		String username = prefix + ".user" + n;
		String phone = String.format("+1202555%04d", 7000 + n);
		long id = accounts.create(new NewAccount(username, username + "@example.test", "Test", "Person" + n,
				LocalDate.of(1980, 1, 1), TestSsns.next(), hasher.hash(PASSWORD), "Kites over the river", "flight",
				phone, AccountStatus.ACTIVE, 3, "tax-record,financial,sms", Map.of()));
		return new Made(id, username, phone);
	}

}
