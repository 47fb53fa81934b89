package gov.irs.secureaccess.accounts.password;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PW-3: salted Argon2id in PHC form, scheme and cost stored beside each hash so costs can
 * rise.
 */
class PasswordHasherTest {

	private static final Argon2Cost OWASP = new Argon2Cost(19456, 2, 1);

	private static final PasswordHashingPool POOL = new PasswordHashingPool(2, 16, Duration.ofSeconds(1));

	private final PasswordHasher hasher = new PasswordHasher(OWASP, POOL);

	@AfterAll
	static void closePool() {
		POOL.close();
	}

	@Test
	void whenHashed_thenPhcArgon2idStringWithTheConfiguredCost_PW3() {
		String stored = this.hasher.hash("marmalade typhoon velvet");

		assertThat(stored).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
	}

	@Test
	void whenSamePasswordHashedTwice_thenHashesDifferBySalt_PW3() {
		String first = this.hasher.hash("marmalade typhoon velvet");
		String second = this.hasher.hash("marmalade typhoon velvet");

		assertThat(first).isNotEqualTo(second);
		assertThat(first.split("\\$")[4]).isNotEqualTo(second.split("\\$")[4]);
	}

	@Test
	void whenVerified_thenTrueForThePasswordAndFalseForAnyOther_PW3() {
		String stored = this.hasher.hash("marmalade typhoon velvet");

		assertThat(this.hasher.verify("marmalade typhoon velvet", stored)).isTrue();
		assertThat(this.hasher.verify("Marmalade typhoon velvet", stored)).isFalse();
		assertThat(this.hasher.verify("marmalade typhoon velvet ", stored)).isFalse();
		assertThat(this.hasher.verify("", stored)).isFalse();
	}

	@Test
	void whenHashMadeByTheReferenceImplementation_thenVerified_PW3() {
		// echo -n "correct horse battery staple!" | argon2 saltsaltsaltsalt -id -t 2 -k
		// 19456 -p 1 -l 32 -e
		String reference = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$5c6//8ElnhhfrHwfpiZtF+pe6dbq/gz0VCpDWjMXpCE";

		assertThat(this.hasher.verify("correct horse battery staple!", reference)).isTrue();
		assertThat(this.hasher.verify("correct horse battery staple?", reference)).isFalse();
	}

	// The same PHC string as Spring Security's Argon2PasswordEncoder writes and reads:
	// hashes pass both ways.
	@Test
	void whenHashedBySpringSecuritysEncoder_thenVerifiedHere_andOursVerifiedByIt_PW3() {
		Argon2PasswordEncoder spring = new Argon2PasswordEncoder(16, 32, 1, 19456, 2);

		assertThat(this.hasher.verify("marmalade typhoon velvet", spring.encode("marmalade typhoon velvet"))).isTrue();
		assertThat(spring.matches("marmalade typhoon velvet", this.hasher.hash("marmalade typhoon velvet"))).isTrue();
		assertThat(spring.matches("marmalade typhoon velvets", this.hasher.hash("marmalade typhoon velvet"))).isFalse();
	}

	// What Spring's encoder would run: a stored cost beyond the bounds (a tampered row)
	// is refused without hashing.
	@Test
	void whenAStoredHashAsksForMoreThanTheBounds_thenItIsRefusedWithoutHashing_PW3() {
		String huge = "$argon2id$v=19$m=4194304,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$5c6//8ElnhhfrHwfpiZtF+pe6dbq/gz0VCpDWjMXpCE";

		assertThat(this.hasher.verify("correct horse battery staple!", huge)).isFalse();
		assertThat(this.hasher.needsRehash(huge)).isTrue();
	}

	@Test
	void whenHashMadeWithOtherParameters_thenVerifiedWithTheStoredOnes_PW3() {
		// echo -n "password" | argon2 somesalt -id -t 2 -m 16 -p 1 -l 32 -e (m=64 MiB,
		// 8-byte salt)
		String reference = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
		String cheaper = new PasswordHasher(new Argon2Cost(8192, 1, 2), POOL).hash("marmalade typhoon velvet");

		assertThat(this.hasher.verify("password", reference)).isTrue();
		assertThat(cheaper).startsWith("$argon2id$v=19$m=8192,t=1,p=2$");
		assertThat(this.hasher.verify("marmalade typhoon velvet", cheaper)).isTrue();
	}

	@Test
	void whenPasswordTypedInAnotherUnicodeForm_thenVerifiedAfterNfkc_PW3() {
		String stored = this.hasher.hash("caf\u00e9 ol\u00e9 tangerine");

		assertThat(this.hasher.verify("cafe\u0301 ole\u0301 tangerine", stored)).isTrue();
	}

	@Test
	void whenStoredValueIsNotAReadableArgon2idPhcString_thenVerifyIsFalseAndRehashIsNeeded_PW3() {
		String[] unreadable = { null, "", "plaintext", "$2a$10$abcdefghijklmnopqrstuv", "{noop}password",
				"$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$5c6//8ElnhhfrHwfpiZtF+pe6dbq/gz0VCpDWjMXpCE",
				"$argon2id$v=16$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$5c6//8ElnhhfrHwfpiZtF+pe6dbq/gz0VCpDWjMXpCE",
				"$argon2id$v=19$m=99999999,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$5c6//8ElnhhfrHwfpiZtF+pe6dbq/gz0VCpDWjMXpCE" };
		for (String stored : unreadable) {
			assertThat(this.hasher.verify("password", stored)).as(String.valueOf(stored)).isFalse();
			assertThat(this.hasher.needsRehash(stored)).as(String.valueOf(stored)).isTrue();
		}
	}

	@Test
	void whenCostRises_thenOlderHashesNeedRehashAndCurrentOnesDoNot_PW3() {
		String stored = this.hasher.hash("marmalade typhoon velvet");

		assertThat(this.hasher.needsRehash(stored)).isFalse();
		assertThat(new PasswordHasher(new Argon2Cost(19456, 3, 1), POOL).needsRehash(stored)).isTrue();
		assertThat(new PasswordHasher(new Argon2Cost(47104, 1, 1), POOL).needsRehash(stored)).isTrue();
		assertThat(new PasswordHasher(new Argon2Cost(19456, 2, 2), POOL).needsRehash(stored)).isTrue();
		assertThat(new PasswordHasher(new Argon2Cost(12288, 2, 1), POOL).needsRehash(stored)).isFalse();
	}

	@Test
	void whenUnknownAccountVerified_thenFalse_SIGN4() {
		assertThat(this.hasher.verifyUnknownAccount("marmalade typhoon velvet")).isFalse();
	}

	@Test
	void whenStringified_thenPhcValueShowsCostButNoSaltOrHash_PW3() {
		Argon2idPhcString phc = Argon2idPhcString.parse(this.hasher.hash("marmalade typhoon velvet")).orElseThrow();

		assertThat(phc.toString()).contains("19456").doesNotContain("$");
	}

}
