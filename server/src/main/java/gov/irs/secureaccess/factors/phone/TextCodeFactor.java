package gov.irs.secureaccess.factors.phone;

import gov.irs.secureaccess.accounts.AccountLogin;
import gov.irs.secureaccess.factors.FactorChallenge;
import gov.irs.secureaccess.factors.FactorCheck;
import gov.irs.secureaccess.factors.SecondFactor;
import gov.irs.secureaccess.platform.otp.CodePurpose;
import gov.irs.secureaccess.platform.otp.OneTimeCodes;

import org.springframework.stereotype.Component;

/**
 * SIGN-2: a six-digit code texted to the phone of record, 10 minutes, once. Any account
 * with a phone can use it.
 */
@Component
public class TextCodeFactor implements SecondFactor {

	public static final String ID = "sms";

	private final OneTimeCodes codes;

	TextCodeFactor(OneTimeCodes codes) {
		this.codes = codes;
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public int preference() {
		return 20;
	}

	@Override
	public boolean configuredFor(AccountLogin login) {
		return login.phoneE164() != null;
	}

	@Override
	public boolean sendsCode() {
		return true;
	}

	@Override
	public FactorCheck verify(long accountId, FactorChallenge challenge, String answer) {
		return switch (this.codes.redeem(CodePurpose.SIGNIN_SMS, challenge.codeSubject(), answer)) {
			case ACCEPTED -> FactorCheck.ACCEPTED;
			case EXPIRED -> FactorCheck.EXPIRED;
			// Used, never sent or wrong: to the person, a code that is not the one sent.
			case WRONG, ALREADY_USED, NONE_SENT -> FactorCheck.WRONG;
		};
	}

}
