package gov.irs.secureaccess.registration.steps;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.Step;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.StepOutcome;
import gov.irs.secureaccess.platform.limits.RateLimit;
import gov.irs.secureaccess.platform.limits.RateLimiter;
import gov.irs.secureaccess.proofing.NameMatcher;
import gov.irs.secureaccess.proofing.RegistrationProperties;
import gov.irs.secureaccess.registration.AddressRule;
import gov.irs.secureaccess.registration.FormLimits;
import gov.irs.secureaccess.registration.RegistrationStates;
import gov.irs.secureaccess.registration.WaitingAccounts;
import gov.irs.secureaccess.registration.address.EnteredAddress;
import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.sources.taxrecords.FilingStatus;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;
import gov.irs.secureaccess.sources.taxrecords.TaxRecords;

import org.springframework.stereotype.Component;

/**
 * REG-2: SSN, date of birth, filing status and the address of the last return, all
 * checked against the tax record of that SSN, with the name given earlier. A mismatch
 * never says which field differed (only the funnel's reason code does); the page says
 * what to check.
 */
@Component
public class IdentityStep implements Step {

	private final TaxRecords taxRecords;

	private final WaitingAccounts waitingAccounts;

	private final Clock clock;

	private final int attempts;

	private final RateLimiter limiter;

	private final AddressRule addresses;

	/**
	 * Identity checks of one SSN across all registrations, so starting over does not buy
	 * an impostor more guesses (operators can change it:
	 * {@code secure-access.rate-limits.registration-identity-per-ssn.*}).
	 */
	static final RateLimit PER_SSN = new RateLimit("registration-identity-per-ssn", 10, Duration.ofDays(1));

	IdentityStep(TaxRecords taxRecords, WaitingAccounts waitingAccounts, Clock clock, RegistrationProperties properties,
			RateLimiter limiter, AddressRule addresses) {
		this.addresses = addresses;
		this.taxRecords = taxRecords;
		this.waitingAccounts = waitingAccounts;
		this.clock = clock;
		this.attempts = properties.identityAttempts();
		this.limiter = limiter;
	}

	@Override
	public String name() {
		return RegistrationStates.IDENTITY;
	}

	@Override
	public String view() {
		return "register/identity";
	}

	@Override
	public int maxAttempts() {
		return this.attempts;
	}

	@Override
	public Map<String, Object> page(Journey journey) {
		return Map.of("filingStatuses", Arrays.asList(FilingStatus.values()));
	}

	@Override
	public StepOutcome accept(Journey journey, StepInput input) {
		StepOutcome tooLong = FormLimits.tooLong(input, "ssn", "register.identity.ssn", "dobMonth",
				"register.identity.month", "dobDay", "register.identity.day", "dobYear", "register.identity.year",
				"filingStatus", "register.identity.filingStatus", "line1", "register.identity.line1", "line2",
				"register.identity.line2", "city", "register.identity.city", "state", "register.identity.state",
				"postalCode", "register.identity.postalCode", "country", "register.identity.country");
		if (tooLong != null) {
			return tooLong;
		}
		String digits = input.get("ssn").replaceAll("[\\s-]", "");
		if (!digits.matches("\\d{9}") || digits.startsWith("000") || digits.substring(3, 5).equals("00")
				|| digits.endsWith("0000")) {
			return StepOutcome.invalid("register.identity.error.ssn");
		}
		Optional<LocalDate> dob = dateOfBirth(input);
		if (dob.isEmpty()) {
			return StepOutcome.invalid("register.identity.error.dob");
		}
		if (!dob.get().isBefore(LocalDate.now(this.clock)) || dob.get().isBefore(LocalDate.of(1900, 1, 1))) {
			return StepOutcome.invalid("register.identity.error.dobRange");
		}
		FilingStatus status;
		try {
			status = FilingStatus.valueOf(input.get("filingStatus"));
		}
		catch (IllegalArgumentException ex) {
			return StepOutcome.invalid("register.identity.error.filingStatus");
		}
		if (input.get("line1").isEmpty() || input.get("city").isEmpty()) {
			return StepOutcome.invalid("register.identity.error.address");
		}
		String formatted = digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
		if (!this.limiter.hit(PER_SSN, formatted).allowed()) {
			return StepOutcome.failed("register.identity.error.mismatch", "identity.ssn-rate-limited");
		}
		Optional<TaxRecord> record = findRecord(formatted);
		String mismatch = mismatch(journey, input, record, dob.get(), status);
		if (mismatch != null) {
			return StepOutcome.failed("register.identity.error.mismatch", mismatch);
		}
		// REG-6, REG-9: an account only waiting on the letter of a registration nobody
		// finished does not stop the person; proving themselves (financial, then a phone
		// in their name or their own letter) closes it.
		if (this.waitingAccounts.keepsOut(record.get().ssn())) {
			return StepOutcome.invalid("register.identity.error.alreadyRegistered");
		}
		return StepOutcome.passed(Map.of(RegistrationStates.SSN, formatted));
	}

	/**
	 * A real-looking SSN has no record here (only never-issued ranges are loaded): the
	 * same mismatch.
	 */
	private Optional<TaxRecord> findRecord(String formatted) {
		try {
			return this.taxRecords.findBySsn(Ssn.parse(formatted));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private String mismatch(Journey journey, StepInput input, Optional<TaxRecord> found, LocalDate dob,
			FilingStatus status) {
		if (found.isEmpty()) {
			return "identity.no-record";
		}
		TaxRecord record = found.get();
		if (!NameMatcher.sameName(journey.get(RegistrationStates.FIRST_NAME),
				journey.get(RegistrationStates.MIDDLE_NAME), journey.get(RegistrationStates.LAST_NAME),
				journey.get(RegistrationStates.SUFFIX), record.name())) {
			return "identity.name";
		}
		if (!record.dateOfBirth().equals(dob)) {
			return "identity.date-of-birth";
		}
		if (record.filingStatus() != status) {
			return "identity.filing-status";
		}
		EnteredAddress entered = new EnteredAddress(input.get("line1"), input.get("line2"), input.get("city"),
				input.get("state"), input.get("postalCode"), input.get("country"));
		if (!this.addresses.matches(entered, record.address())) {
			return "identity.address";
		}
		return null;
	}

	private static Optional<LocalDate> dateOfBirth(StepInput input) {
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(input.get("dobYear")),
					Integer.parseInt(input.get("dobMonth")), Integer.parseInt(input.get("dobDay"))));
		}
		catch (NumberFormatException | DateTimeException ex) {
			return Optional.empty();
		}
	}

}
