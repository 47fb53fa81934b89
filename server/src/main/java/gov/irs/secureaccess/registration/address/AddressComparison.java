package gov.irs.secureaccess.registration.address;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of comparing an entered address with the record. {@link #reason()} is for
 * internal diagnostics and funnel logs only, never for the user (REG-2).
 */
public final class AddressComparison {

	private static final AddressComparison MATCH = new AddressComparison(null);

	private final AddressMismatch mismatch;

	private AddressComparison(AddressMismatch mismatch) {
		this.mismatch = mismatch;
	}

	static AddressComparison match() {
		return MATCH;
	}

	static AddressComparison mismatch(AddressMismatch reason) {
		return new AddressComparison(Objects.requireNonNull(reason));
	}

	public boolean matches() {
		return this.mismatch == null;
	}

	/** Empty when the addresses match. */
	public Optional<AddressMismatch> reason() {
		return Optional.ofNullable(this.mismatch);
	}

	@Override
	public String toString() {
		return matches() ? "AddressComparison[match]" : "AddressComparison[" + this.mismatch + "]";
	}

}
