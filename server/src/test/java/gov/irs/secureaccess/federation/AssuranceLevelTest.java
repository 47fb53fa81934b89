package gov.irs.secureaccess.federation;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FED-4: the levels as acr values, in order; what acr_values ask; what a sign-in
 * achieved; the amr of each factor.
 */
class AssuranceLevelTest {

	@Test
	void FED_4_whenAcrValuesAreGiven_thenTheLowestKnownOneCountsButNeverBelowTheApplicationsLevel() {
		assertThat(AssuranceLevel.required(AssuranceLevel.LOA_2, null)).isEqualTo(AssuranceLevel.LOA_2);
		assertThat(AssuranceLevel.required(AssuranceLevel.LOA_2, "urn:gov:irs:secure-access:loa-3"))
			.isEqualTo(AssuranceLevel.LOA_3);
		assertThat(AssuranceLevel.required(AssuranceLevel.LOA_3, "urn:gov:irs:secure-access:loa-1"))
			.as("the application's level is the floor")
			.isEqualTo(AssuranceLevel.LOA_3);
		assertThat(AssuranceLevel.required(AssuranceLevel.LOA_1,
				"urn:gov:irs:secure-access:aal2:phishing-resistant urn:gov:irs:secure-access:loa-2"))
			.as("any of the values will do: the lowest")
			.isEqualTo(AssuranceLevel.LOA_2);
		assertThat(AssuranceLevel.required(AssuranceLevel.LOA_1, "urn:other:thing")).isEqualTo(AssuranceLevel.LOA_1);
		assertThat(AssuranceLevel.required(AssuranceLevel.LOA_1, "urn:gov:irs:secure-access:aal2"))
			.isEqualTo(AssuranceLevel.LOA_1);
	}

	@Test
	void FED_4_whenASignInIsDescribed_thenAcrAndAmrSayWhatWasDone() {
		assertThat(new FederatedSignIn(1, 3, "sms", false, 0, null).level()).isEqualTo(AssuranceLevel.LOA_3);
		assertThat(new FederatedSignIn(1, 3, "passkey", true, 0, null).level())
			.isEqualTo(AssuranceLevel.PHISHING_RESISTANT);
		assertThat(new FederatedSignIn(1, 2, "passkey", false, 0, null).level()).as("identity first")
			.isEqualTo(AssuranceLevel.LOA_2);
		assertThat(new FederatedSignIn(1, 3, "sms", false, 0, null).amr()).isEqualTo(List.of("pwd", "sms", "mfa"));
		assertThat(new FederatedSignIn(1, 3, "app", false, 0, null).amr()).isEqualTo(List.of("pwd", "otp", "mfa"));
		assertThat(new FederatedSignIn(1, 3, "passkey", false, 0, null).amr())
			.isEqualTo(List.of("pwd", "hwk", "user", "mfa"));
		assertThat(new FederatedSignIn(1, 3, "passkey", true, 0, null).amr()).isEqualTo(List.of("hwk", "user", "mfa"));
		assertThat(AssuranceLevel.PHISHING_RESISTANT.satisfies(AssuranceLevel.LOA_3)).isTrue();
		assertThat(AssuranceLevel.LOA_2.satisfies(AssuranceLevel.LOA_3)).isFalse();
	}

}
