package gov.irs.secureaccess.assisted;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import gov.irs.secureaccess.accounts.AccountConflictException;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.accounts.username.UsernamePolicy;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The admin command that makes a staff account (AST-4):
 * {@code java -jar server/target/secure-access.jar --secure-access.assist.create-staff=<username>,<ASSISTOR|TAC|ANALYST>,<email>[,<first name>,<last name>]}.
 * It prints, to the operator's console only (not the log), a temporary password (changed
 * at the first sign-in) and the authenticator app's secret and {@code otpauth://} URI,
 * then stops the service with exit code 0 (1 when refused, with the reason).
 */
@Component
class StaffCommand implements ApplicationRunner {

	static final String PROPERTY = "secure-access.assist.create-staff";

	private final Environment environment;

	private final StaffAccounts staff;

	private final TemporaryPasswords temporaryPasswords;

	private final PasswordHasher hasher;

	private final ConfigurableApplicationContext context;

	StaffCommand(Environment environment, StaffAccounts staff, TemporaryPasswords temporaryPasswords,
			PasswordHasher hasher, ConfigurableApplicationContext context) {
		this.environment = environment;
		this.staff = staff;
		this.temporaryPasswords = temporaryPasswords;
		this.hasher = hasher;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		String spec = this.environment.getProperty(PROPERTY);
		if (spec == null || spec.isBlank()) {
			return;
		}
		int code = create(spec, System.out);
		System.exit(SpringApplication.exit(this.context, () -> code));
	}

	/**
	 * Makes the account described by {@code spec} and prints what to hand over; answers
	 * the exit code.
	 */
	int create(String spec, PrintStream out) {
		List<String> parts = Arrays.stream(spec.split(",", -1)).map(String::strip).toList();
		if (parts.size() != 3 && parts.size() != 5) {
			out.println("Refused: give <username>,<ASSISTOR|TAC|ANALYST>,<email>[,<first name>,<last name>]");
			return 1;
		}
		String username = parts.get(0);
		if (!UsernamePolicy.checkForm(username).isAccepted()) {
			out.println("Refused: the username must be " + UsernamePolicy.MIN_LENGTH + " to "
					+ UsernamePolicy.MAX_LENGTH + " letters, digits, '.', '-', '_' or '@'");
			return 1;
		}
		Optional<StaffRole> role = StaffRole.parse(parts.get(1));
		if (role.isEmpty()) {
			out.println("Refused: the role must be ASSISTOR, TAC or ANALYST");
			return 1;
		}
		String email = parts.get(2);
		if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			out.println("Refused: the email address is not valid");
			return 1;
		}
		String first = (parts.size() == 5 && !parts.get(3).isEmpty()) ? parts.get(3) : "IRS";
		String last = (parts.size() == 5 && !parts.get(4).isEmpty()) ? parts.get(4) : "Staff";
		String password = this.temporaryPasswords.draw();
		StaffAccounts.Enrolment enrolment;
		try {
			enrolment = this.staff.create(username, role.get(), email, first, last, password,
					this.hasher.hash(password), true, null, "operator:admin-command");
		}
		catch (AccountConflictException ex) {
			out.println("Refused: that username is taken");
			return 1;
		}
		out.println("Staff account created: " + enrolment.username() + " (" + enrolment.role() + ")");
		out.println("Temporary password (changed at the first sign-in): " + enrolment.password());
		out.println("Authenticator app key: " + enrolment.app().manualEntryKey());
		out.println("Authenticator app URI: " + enrolment.app().uri());
		out.println("Hand these to the employee in person. They are shown only now and are not logged.");
		return 0;
	}

}
