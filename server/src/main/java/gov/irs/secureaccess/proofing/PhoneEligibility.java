package gov.irs.secureaccess.proofing;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.sources.PersonName;
import gov.irs.secureaccess.sources.phonecarrier.LineType;
import gov.irs.secureaccess.sources.phonecarrier.PhoneCarrier;
import gov.irs.secureaccess.sources.phonecarrier.PhoneLine;
import gov.irs.secureaccess.sources.phonecarrier.PhoneNumber;

import org.springframework.stereotype.Component;

/**
 * Whether a phone number can carry security codes for this person. REG-5 (registration by
 * text): a US mobile line able to receive texts, billed to the person, not on a business
 * plan, and prepaid only if the carrier has had the person's name on it for
 * {@code secure-access.proofing.prepaid-tenure} (a prepaid line's name is whatever the
 * buyer gave; one bought in someone else's name for the occasion is newer than that).
 * REG-6 (after a mailed code): any US text-enabled line, prepaid and business plans
 * included. Either way one number serves one account. REG-13: on the strict path a SIM
 * change or port within {@code secure-access.proofing.sim-change-window} refuses the
 * number.
 */
@Component
public class PhoneEligibility {

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	/**
	 * Funnel reason of REG-13's refusal: the SIM was changed or the number ported within
	 * the window.
	 */
	public static final String SIM_CHANGED = "phone.sim-changed";

	/**
	 * Funnel reason: a prepaid line whose subscriber's name has been on it for less than
	 * the tenure.
	 */
	public static final String PREPAID_RECENT = "phone.prepaid-recent";

	private final PhoneCarrier carrier;

	private final Accounts accounts;

	private final ProofingRules rules;

	private final Clock clock;

	PhoneEligibility(PhoneCarrier carrier, Accounts accounts, ProofingRules rules, Clock clock) {
		this.carrier = carrier;
		this.accounts = accounts;
		this.rules = rules;
		this.clock = clock;
	}

	/**
	 * The verdict: the number in E.164 form, or the message for the person (with its
	 * arguments) and the funnel's reason code.
	 */
	public record Verdict(String e164, String messageKey, String reason, boolean countsAsAttempt,
			List<Object> arguments) {

		public Verdict {
			arguments = List.copyOf(arguments);
		}

		static Verdict ok(String e164) {
			return new Verdict(e164, null, null, false, List.of());
		}

		static Verdict form(String messageKey) {
			return new Verdict(null, messageKey, messageKey, false, List.of());
		}

		static Verdict refused(String messageKey, String reason) {
			return new Verdict(null, messageKey, reason, true, List.of());
		}

		/**
		 * The same refusal told with another message (a page that offers other ways
		 * forward).
		 */
		public Verdict toldAs(String otherMessageKey) {
			return new Verdict(this.e164, otherMessageKey, this.reason, this.countsAsAttempt, this.arguments);
		}

		public boolean eligible() {
			return this.e164 != null;
		}

	}

	/**
	 * Whether the typed number may receive codes for this person (REG-5).
	 * @param holder the person's name from the tax record, or null where the name need
	 * not match (REG-6)
	 */
	public Verdict check(String typed, PersonName holder) {
		if (typed == null || typed.isBlank()) {
			return Verdict.form("register.phone.error.required");
		}
		if (typed.length() > 40) {
			return Verdict.form("register.phone.error.format");
		}
		Optional<PhoneNumber> number = parse(typed);
		if (number.isEmpty()) {
			return Verdict.form("register.phone.error.format");
		}
		if (!number.get().isNanp()) {
			return Verdict.form("register.phone.error.notUs");
		}
		Optional<PhoneLine> line = this.carrier.lookup(number.get());
		boolean strict = holder != null;
		if (line.isEmpty()) {
			return Verdict.refused("register.phone.error.unknown", "phone.unknown");
		}
		PhoneLine found = line.get();
		if (!found.usNumber()) {
			return Verdict.refused("register.phone.error.notUs", "phone.not-us");
		}
		if (found.lineType() != LineType.MOBILE || !found.smsCapable()) {
			return Verdict.refused("register.phone.error.notMobile",
					"phone." + found.lineType().name().toLowerCase(Locale.ROOT));
		}
		if (strict && found.prepaid()) {
			Optional<Verdict> refused = prepaid(found);
			if (refused.isPresent()) {
				return refused.get();
			}
		}
		if (strict && found.businessPlan()) {
			return Verdict.refused("register.phone.error.business", "phone.business");
		}
		if (strict && !NameMatcher.billedTo(found.subscriberName(), holder)) {
			return Verdict.refused("register.phone.error.notInName", "phone.not-in-name");
		}
		if (this.accounts.isPhoneTaken(number.get().e164())) {
			return Verdict.refused("register.phone.error.taken", "phone.taken");
		}
		if (strict) {
			Optional<Verdict> takenOver = simChange(found);
			if (takenOver.isPresent()) {
				return takenOver.get();
			}
		}
		return Verdict.ok(number.get().e164());
	}

	/**
	 * REG-5: a prepaid line counts once its subscriber's name has been on it for the
	 * tenure (the name check that follows still applies); a line the carrier does not
	 * date, or any prepaid line under the 2018 rules, is refused.
	 */
	private Optional<Verdict> prepaid(PhoneLine line) {
		if (!this.rules.prepaidInName() || line.subscriberSince() == null) {
			return Optional.of(Verdict.refused("register.phone.error.prepaid", "phone.prepaid"));
		}
		Instant sufficient = line.subscriberSince().plus(this.rules.prepaidTenure());
		if (sufficient.isAfter(this.clock.instant())) {
			return Optional.of(new Verdict(null, "register.phone.error.prepaidRecent", PREPAID_RECENT, true,
					List.of(this.rules.prepaidTenure().toDays(), Date.from(sufficient))));
		}
		return Optional.empty();
	}

	/**
	 * REG-13: a SIM change or port within the window refuses the texted activation code
	 * (someone may have taken the number over), telling the person how long and until
	 * when; the page offers the code by mail.
	 */
	private Optional<Verdict> simChange(PhoneLine line) {
		if (!this.rules.simChangeCheck() || this.rules.simChangeWindow().isZero()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return line.lastSimChange()
			.filter((changed) -> changed.isAfter(now.minus(this.rules.simChangeWindow())))
			.map((changed) -> new Verdict(null, "register.phone.error.simChanged", SIM_CHANGED, true,
					List.of(Math.max(1, this.rules.simChangeWindow().toDays()),
							Date.from(changed.plus(this.rules.simChangeWindow())))));
	}

	/**
	 * The typed number in E.164 form, or empty when it is not a number. A number whose
	 * E.164 form does not read back as itself is not one either: libphonenumber strips a
	 * national prefix typed after the country code ("+64 0...") and keeps it as a leading
	 * zero, so "+640016142" would be stored as one number and read again as another
	 * (found by PhoneParsingFuzzTest; its input "national-prefix-after-country-code").
	 */
	static Optional<PhoneNumber> parse(String typed) {
		try {
			String e164 = e164(PHONES.parse(typed, "US"));
			if (!e164.equals(e164(PHONES.parse(e164, "US")))) {
				return Optional.empty();
			}
			return Optional.of(PhoneNumber.of(e164));
		}
		catch (NumberParseException | IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static String e164(Phonenumber.PhoneNumber number) {
		return PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
	}

	/**
	 * {@code (614) 555-0101} for showing where a code went, last four only:
	 * {@code (•••) •••-0101}.
	 */
	public static String masked(String e164) {
		return "(•••) •••-" + e164.substring(e164.length() - 4);
	}

}
