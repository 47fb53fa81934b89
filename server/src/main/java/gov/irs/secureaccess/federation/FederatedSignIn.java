package gov.irs.secureaccess.federation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The person an application's authorization is for, and how they signed in (FED-4): kept
 * with the authorization (the principal of SAS's stored authentication), so the tokens
 * issued later, at the token endpoint, can say it ({@code acr}, {@code amr},
 * {@code auth_time}). Its name is {@code account:<id>} like the session's principal;
 * applications never see it (they get a pairwise subject).
 *
 * @param accountId the account
 * @param loa the account's level when the application was authorized
 * @param factor how the second factor was proved: {@code sms}, {@code app} or
 * {@code passkey}
 * @param passwordless true when a passkey alone signed the person in (no password)
 * @param authTime when the sign-in happened, seconds since the epoch
 * @param sid the sign-in session's OpenID Connect session id ({@code sid} of the ID
 * token, Back-Channel Logout 1.0 section 2.1); null for authorizations made before it
 * existed
 */
public record FederatedSignIn(long accountId, int loa, String factor, boolean passwordless, long authTime,
		String sid) implements Serializable {

	public boolean phishingResistant() {
		return "passkey".equals(this.factor);
	}

	public AssuranceLevel level() {
		return AssuranceLevel.achieved(this.loa, phishingResistant());
	}

	/**
	 * Authentication method references (RFC 8176): {@code pwd} for the password;
	 * {@code sms} for a texted code, {@code otp} for an authenticator app's code,
	 * {@code hwk} and {@code user} for a passkey (a key held by an authenticator, used
	 * after user verification); {@code mfa} always, since every sign-in has two factors
	 * (a passkey alone is possession plus the verification of the person).
	 */
	public List<String> amr() {
		List<String> amr = new ArrayList<>();
		if (!this.passwordless) {
			amr.add("pwd");
		}
		if ("sms".equals(this.factor)) {
			amr.add("sms");
		}
		else if ("app".equals(this.factor)) {
			amr.add("otp");
		}
		else if (phishingResistant()) {
			amr.add("hwk");
			amr.add("user");
		}
		amr.add("mfa");
		return amr;
	}

	@Override
	public String toString() {
		return "account:" + this.accountId;
	}

}
