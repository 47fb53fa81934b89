package gov.irs.secureaccess.factors.totp;

/**
 * What an enrolment page shows once (APP-1): the {@code otpauth://} URI (as a QR code,
 * {@link QrCodes#png}) and the same secret in groups of four for typing by hand. Both
 * carry the secret: show them, never log or store them.
 *
 * @param uri the {@code otpauth://totp/...} URI
 * @param manualEntryKey the base 32 secret as {@code ABCD EFGH ...}
 */
public record Provisioning(String uri, String manualEntryKey) {

	@Override
	public String toString() {
		return "Provisioning[redacted]";
	}

}
