package gov.irs.secureaccess.proofing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Registration settings (REG-9): how long a registration stays alive for the person to
 * come back to, and how many failed checks each step allows before the page offers the
 * other ways forward.
 *
 * @param lifetime how long a registration can be resumed
 * ({@code secure-access.registration.lifetime})
 * @param emailCodeAttempts wrong email codes allowed
 * @param identityAttempts failed identity checks against the tax record
 * @param financialAttempts failed financial account checks
 * @param phoneAttempts phone numbers refused
 * @param phoneCodeAttempts wrong texted codes allowed
 * @param credentialsAttempts refused credential submissions (form mistakes do not count)
 * @param resendsPerWindow new codes a person may ask for in {@code resendWindow}
 * @param resendWindow the window of the resend limit
 */
@ConfigurationProperties("secure-access.registration")
public record RegistrationProperties(@DefaultValue("PT24H") Duration lifetime, @DefaultValue("5") int emailCodeAttempts,
		@DefaultValue("3") int identityAttempts, @DefaultValue("3") int financialAttempts,
		@DefaultValue("3") int phoneAttempts, @DefaultValue("5") int phoneCodeAttempts,
		@DefaultValue("10") int credentialsAttempts, @DefaultValue("3") int resendsPerWindow,
		@DefaultValue("PT15M") Duration resendWindow) {
}
