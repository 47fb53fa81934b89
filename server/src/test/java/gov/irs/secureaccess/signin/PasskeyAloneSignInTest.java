package gov.irs.secureaccess.signin;

import gov.irs.secureaccess.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGN-1, SIGN-5: a passkey alone refuses what is not a verified answer of an active,
 * unlocked account's passkey, with the page's message, and audits an answer that names no
 * account as anonymous. (The ceremony that succeeds needs an authenticator:
 * FederationBrowserTest.)
 */
@IntegrationTest
class PasskeyAloneSignInTest {

	@Autowired
	PasskeyAloneSignIn passkeyAlone;

	@Autowired
	JdbcClient jdbc;

	@Test
	void SIGN_1_whenThereIsNoChallengeOrNoAnswer_thenStartTheCeremonyAgainAndNothingIsAudited() {
		long before = anonymousFailures();
		assertThat(this.passkeyAlone.check(null, "{}", "198.51.100.7"))
			.isEqualTo(new PasskeyAloneSignIn.Refused("signin.error.passkeyAloneAgain"));
		assertThat(this.passkeyAlone.check("AAAA", "", "198.51.100.7"))
			.isEqualTo(new PasskeyAloneSignIn.Refused("signin.error.passkeyAloneAgain"));
		assertThat(this.passkeyAlone.check("AAAA", "x".repeat(20_001), "198.51.100.7"))
			.isEqualTo(new PasskeyAloneSignIn.Refused("signin.error.passkeyAloneAgain"));
		assertThat(anonymousFailures()).isEqualTo(before);
	}

	@Test
	void SIGN_5_whenTheAnswerNamesNoAccount_thenItIsRefusedAndAuditedAsAnonymous() {
		long before = anonymousFailures();
		String forged = """
				{"id":"AAAA","rawId":"AAAA","type":"public-key","response":{"clientDataJSON":"e30",
				"authenticatorData":"AAAA","signature":"AAAA","userHandle":"AAAA"},"clientExtensionResults":{}}
				""";
		assertThat(this.passkeyAlone.check("AAAAAAAAAAAAAAAAAAAAAA", forged, "198.51.100.7"))
			.isEqualTo(new PasskeyAloneSignIn.Refused("signin.error.passkeyAloneWrong"));
		assertThat(this.passkeyAlone.check("AAAAAAAAAAAAAAAAAAAAAA", "not json", "198.51.100.7"))
			.isEqualTo(new PasskeyAloneSignIn.Refused("signin.error.passkeyAloneWrong"));
		assertThat(anonymousFailures()).isEqualTo(before + 2);
	}

	private long anonymousFailures() {
		return this.jdbc.sql("select count(*) from audit_event where action = 'signin.passkey-alone.failed'")
			.query(Long.class)
			.single();
	}

}
