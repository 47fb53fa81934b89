package gov.irs.secureaccess.sources.phonecarrier;

import java.util.Objects;

/**
 * What the carrier says about a number: the subscriber's name as billed (a person or, on a business plan, a
 * company), the line type and its flags.
 */
public record PhoneLine(PhoneNumber number, String subscriberName, LineType lineType, boolean prepaid,
		boolean businessPlan, boolean smsCapable, boolean usNumber) {

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

	@Override
	public String toString() {
		return "PhoneLine[redacted, " + this.lineType + "]";
	}

}
