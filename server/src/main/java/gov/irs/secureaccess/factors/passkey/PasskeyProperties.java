package gov.irs.secureaccess.factors.passkey;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The WebAuthn relying party.
 *
 * @param rpId the relying party id: the registrable domain passkeys are bound to (for
 * example {@code irs.gov}). The browser refuses to use a passkey on any other site, which
 * is what makes passkeys phishing-resistant. An origin is accepted when its host is this
 * id or one of its subdomains, over https (plain http only for {@code localhost}).
 * @param rpName the name authenticators show
 * @param maxPerAccount how many passkeys one account may hold
 */
@ConfigurationProperties("secure-access.passkeys")
public record PasskeyProperties(@DefaultValue("localhost") String rpId, @DefaultValue("Secure Access") String rpName,
		@DefaultValue("10") int maxPerAccount) {

}
