package gov.irs.secureaccess.sources.phonecarrier;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the carrier says about a number: the subscriber's name as billed (a person or, on
 * a business plan, a company), the line type and its flags, and when its SIM was last
 * changed and when it was last ported to another carrier (REG-13; null when the carrier
 * knows of none), and since when the current subscriber's name has been on the line (null
 * when the carrier does not say; REG-5 accepts a prepaid line only after a while in the
 * person's name).
 */
public record PhoneLine(PhoneNumber number, String subscriberName, LineType lineType, boolean prepaid,
		boolean businessPlan, boolean smsCapable, boolean usNumber, Instant simChangedAt, Instant portedAt,
		Instant subscriberSince) {

	public PhoneLine {
		Objects.requireNonNull(number, "number");
		Objects.requireNonNull(subscriberName, "subscriberName");
		Objects.requireNonNull(lineType, "lineType");
		if (subscriberName.isBlank()) {
			throw new IllegalArgumentException("subscriber name must not be blank");
		}
		subscriberName = subscriberName.strip();
		if (usNumber && !number.isNanp()) {
			throw new IllegalArgumentException("a US number must be a +1 number");
		}
	}

	/** A line whose SIM the carrier never saw changed and that was never ported. */
	public PhoneLine(PhoneNumber number, String subscriberName, LineType lineType, boolean prepaid,
			boolean businessPlan, boolean smsCapable, boolean usNumber) {
		this(number, subscriberName, lineType, prepaid, businessPlan, smsCapable, usNumber, null, null, null);
	}

	/** A line whose subscriber the carrier does not date. */
	public PhoneLine(PhoneNumber number, String subscriberName, LineType lineType, boolean prepaid,
			boolean businessPlan, boolean smsCapable, boolean usNumber, Instant simChangedAt, Instant portedAt) {
		this(number, subscriberName, lineType, prepaid, businessPlan, smsCapable, usNumber, simChangedAt, portedAt,
				null);
	}

	/** The same line with its SIM changed and its port as given (either may be null). */
	public PhoneLine withTakeoverSignals(Instant simChanged, Instant ported) {
		return new PhoneLine(this.number, this.subscriberName, this.lineType, this.prepaid, this.businessPlan,
				this.smsCapable, this.usNumber, simChanged, ported, this.subscriberSince);
	}

	/**
	 * The same line with its subscriber's name on it since the given instant (null: the
	 * carrier does not say).
	 */
	public PhoneLine withSubscriberSince(Instant since) {
		return new PhoneLine(this.number, this.subscriberName, this.lineType, this.prepaid, this.businessPlan,
				this.smsCapable, this.usNumber, this.simChangedAt, this.portedAt, since);
	}

	/**
	 * The later of the SIM change and the port (REG-13), if the carrier knows of either.
	 */
	public Optional<Instant> lastSimChange() {
		if (this.simChangedAt == null) {
			return Optional.ofNullable(this.portedAt);
		}
		if (this.portedAt == null) {
			return Optional.of(this.simChangedAt);
		}
		return Optional.of(this.simChangedAt.isAfter(this.portedAt) ? this.simChangedAt : this.portedAt);
	}

	@Override
	public String toString() {
		return "PhoneLine[redacted, " + this.lineType + "]";
	}

}
