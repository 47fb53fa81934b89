package gov.irs.secureaccess.platform.crypto;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys for PII encryption and keyed lookup hashes, each a base64 string of 32 random
 * bytes.
 *
 * <pre>
 * secure-access.crypto.pii-keys.k2026a=BASE64...
 * secure-access.crypto.pii-keys.k2027a=BASE64...
 * secure-access.crypto.active-pii-key=k2027a   # new values are sealed with this one; older ids still open
 * secure-access.crypto.lookup-key=BASE64...
 * </pre>
 *
 * In embedded mode, when none are given, development keys are generated once and kept in
 * {@code <data-dir>/dev-keys.properties}.
 */
@ConfigurationProperties("secure-access.crypto")
public record CryptoProperties(Map<String, String> piiKeys, String activePiiKey, String lookupKey) {

	public CryptoProperties {
		piiKeys = (piiKeys != null) ? Map.copyOf(piiKeys) : Map.of();
	}

	boolean isConfigured() {
		return !this.piiKeys.isEmpty() || this.activePiiKey != null || this.lookupKey != null;
	}

}
