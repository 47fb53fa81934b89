package gov.irs.secureaccess.factors.totp;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The {@code otpauth://totp/} URI of the Key URI format that authenticator apps read from
 * a QR code (APP-1):
 * {@code otpauth://totp/Secure%20Access:<username>?secret=<BASE32>&issuer=Secure%20Access&algorithm=SHA1&digits=6&period=30}.
 * The issuer and the username are percent-encoded separately (a space as {@code %20},
 * never {@code +}; a colon in a name as {@code %3A}), the colon between them stays
 * literal.
 */
final class OtpAuthUri {

	static final String ISSUER = "Secure Access";

	private OtpAuthUri() {
	}

	static String of(String username, TotpSecret secret) {
		String issuer = encode(ISSUER);
		return "otpauth://totp/" + issuer + ":" + encode(username) + "?secret=" + secret.base32() + "&issuer=" + issuer
				+ "&algorithm=SHA1&digits=" + TotpCodeGenerator.SIGN_IN_DIGITS + "&period="
				+ TotpCodeGenerator.TIME_STEP.getSeconds();
	}

	/**
	 * RFC 3986 percent-encoding of UTF-8: only unreserved characters stay as they are.
	 */
	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8)
			.replace("+", "%20")
			.replace("*", "%2A")
			.replace("%7E", "~");
	}

}
