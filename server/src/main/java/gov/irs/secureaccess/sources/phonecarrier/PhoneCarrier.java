package gov.irs.secureaccess.sources.phonecarrier;

import java.util.Optional;

/** The phone carrier source (port). */
public interface PhoneCarrier {

	/** The line behind this number, or empty when no carrier knows it. */
	Optional<PhoneLine> lookup(PhoneNumber number);

}
