package gov.irs.secureaccess.assisted;

import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.platform.db.ConditionalOnEmbeddedMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Embedded mode only (a development machine): on first start, a demo e-Help Desk
 * assistor, a demo TAC officer and a demo analyst (OUT-1) with documented passwords and
 * fixed, documented authenticator secrets (docs/assisted.md), so the desk can be tried
 * with any authenticator app or {@code oathtool}. Never in a deployment with a database
 * URL; off with {@code secure-access.assist.demo-staff=false}.
 */
@Component
@ConditionalOnEmbeddedMode
@ConditionalOnProperty(name = "secure-access.assist.demo-staff", havingValue = "true", matchIfMissing = true)
@Order(100)
class DemoStaff implements ApplicationRunner {

	static final String ASSISTOR = "demo.assistor";

	static final String ASSISTOR_PASSWORD = "desk demo lantern harbor";

	/**
	 * Development only: published in the docs, so anyone can make this account's codes.
	 */
	static final String ASSISTOR_SECRET = "ASSISTORDEMOSECRET234567ASSISTOR";

	static final String TAC = "demo.tacofficer";

	static final String TAC_PASSWORD = "office demo lantern harbor";

	/** Development only: published in the docs. */
	static final String TAC_SECRET = "TACOFFICERDEMOSECRET234567TACOFF";

	static final String ANALYST = "demo.analyst";

	static final String ANALYST_PASSWORD = "report demo lantern harbor";

	/** Development only: published in the docs. */
	static final String ANALYST_SECRET = "ANALYSTDEMOSECRET234567ANALYSTDE";

	private static final Logger log = LoggerFactory.getLogger(DemoStaff.class);

	private final StaffAccounts staff;

	private final PasswordHasher hasher;

	DemoStaff(StaffAccounts staff, PasswordHasher hasher) {
		this.staff = staff;
		this.hasher = hasher;
	}

	@Override
	public void run(ApplicationArguments args) {
		make(ASSISTOR, StaffRole.ASSISTOR, ASSISTOR_PASSWORD, ASSISTOR_SECRET, "Dana", "Reyes");
		make(TAC, StaffRole.TAC, TAC_PASSWORD, TAC_SECRET, "Lee", "Morgan");
		make(ANALYST, StaffRole.ANALYST, ANALYST_PASSWORD, ANALYST_SECRET, "Sam", "Ortiz");
	}

	private void make(String username, StaffRole role, String password, String secret, String first, String last) {
		if (this.staff.find(username).isPresent()) {
			return;
		}
		this.staff.create(username, role, username + "@staff.example.test", first, last, password,
				this.hasher.hash(password), false, secret, "system:embedded-demo");
		log.info("Demo staff account {} ({}) created: see docs/assisted.md", username, role);
	}

}
