package gov.irs.secureaccess.factors.totp;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import gov.irs.secureaccess.accounts.AccountStatus;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.NewAccount;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.support.IntegrationTest;
import gov.irs.secureaccess.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** The authenticator-app store on the real database: APP-1, APP-3, SIGN-3 and DATA-1. */
@IntegrationTest
class AuthenticatorAppsTest {

	private static final Duration STEP = Duration.ofSeconds(30);

	@Autowired
	AuthenticatorApps apps;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	private long accountId;

	private String username;

	@BeforeEach
	void newAccount() {
		this.accountId = createAccount();
		this.username = this.accounts.profile(this.accountId).username();
	}

	// APP-1: the URI names the account and carries the secret; the manual key is the same
	// secret.
	@Test
	void whenBegin_thenProvisioningForThisAccount() {
		Provisioning provisioning = this.apps.begin(this.accountId);

		assertThat(provisioning.uri()).startsWith("otpauth://totp/Secure%20Access:" + this.username + "?secret=")
			.endsWith("&issuer=Secure%20Access&algorithm=SHA1&digits=6&period=30");
		assertThat(secretOf(provisioning).base32()).isEqualTo(provisioning.manualEntryKey().replace(" ", ""));
		assertThat(this.apps.isEnrolled(this.accountId)).isFalse();
	}

	// DATA-1: the row holds the secret only sealed: neither its base 32 nor its hex form
	// is in it.
	@Test
	void whenBegin_thenTheSecretIsSealedInTheTable() {
		TotpSecret secret = secretOf(this.apps.begin(this.accountId));

		String row = this.jdbc.sql("select authenticator_app::text from authenticator_app where account_id = :id")
			.param("id", this.accountId)
			.query(String.class)
			.single();

		assertThat(row).doesNotContainIgnoringCase(secret.base32())
			.doesNotContainIgnoringCase(HexFormat.of().formatHex(secret.bytes()))
			.doesNotContain(Base64.getEncoder().encodeToString(secret.bytes()));
		assertThat(sealedSecret()).matches("[^:]+:[A-Za-z0-9+/=]+");
	}

	// APP-1 / SIGN-3: an unconfirmed app does not sign in; the first code confirms it and
	// is used up by that.
	@Test
	void whenConfirmThenVerify_thenTheConfirmingCodeIsUsedUpAndTheNextOneSignsIn() {
		TotpSecret secret = secretOf(this.apps.begin(this.accountId));
		String first = codeNow(secret);

		assertThat(this.apps.verify(this.accountId, first)).isEqualTo(AppCodeCheck.NOT_ENROLLED);
		assertThat(this.apps.confirm(this.accountId, "000000".equals(first) ? "111111" : "000000"))
			.isEqualTo(AppCodeCheck.WRONG);
		assertThat(this.apps.confirm(this.accountId, first)).isEqualTo(AppCodeCheck.ACCEPTED);
		assertThat(this.apps.isEnrolled(this.accountId)).isTrue();
		assertThat(this.apps.verify(this.accountId, first)).isEqualTo(AppCodeCheck.REPLAYED);

		this.clock.advance(STEP);
		assertThat(this.apps.verify(this.accountId, codeNow(secret))).isEqualTo(AppCodeCheck.ACCEPTED);
		assertThat(this.apps.confirm(this.accountId, codeNow(secret))).isEqualTo(AppCodeCheck.NOT_ENROLLED);
		assertThat(this.audit.forSubject("account:" + this.accountId, 10))
			.anySatisfy((entry) -> assertThat(entry.toString()).contains("authenticator.added"));
	}

	// SIGN-3: each code once; after a newer step, an older code still in the window is
	// refused too.
	@Test
	void whenTheSameCodeTwiceOrAnOlderOneAfterANewer_thenReplayed() {
		TotpSecret secret = enrol();
		this.clock.advance(STEP.multipliedBy(3));
		String previous = codeAt(secret, this.clock.instant().minus(STEP));
		String current = codeNow(secret);

		assertThat(this.apps.verify(this.accountId, current)).isEqualTo(AppCodeCheck.ACCEPTED);
		assertThat(this.apps.verify(this.accountId, current)).isEqualTo(AppCodeCheck.REPLAYED);
		assertThat(this.apps.verify(this.accountId, previous)).isEqualTo(AppCodeCheck.REPLAYED);
		assertThat(lastUsedStep()).isEqualTo(TotpCodeGenerator.stepAt(this.clock.instant()));
	}

	// SIGN-3: the same code sent by several requests at once (several nodes) is accepted
	// exactly once.
	@Test
	void whenTheSameCodeArrivesConcurrently_thenAcceptedExactlyOnce() throws Exception {
		TotpSecret secret = enrol();
		this.clock.advance(STEP);
		String code = codeNow(secret);
		int requests = 6;
		ExecutorService pool = Executors.newFixedThreadPool(requests);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<AppCodeCheck>> answers = new ArrayList<>();
			for (int i = 0; i < requests; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return this.apps.verify(this.accountId, code);
				}));
			}
			start.countDown();
			List<AppCodeCheck> checks = new ArrayList<>();
			for (Future<AppCodeCheck> answer : answers) {
				checks.add(answer.get(30, TimeUnit.SECONDS));
			}

			assertThat(checks).containsOnlyOnce(AppCodeCheck.ACCEPTED)
				.containsOnly(AppCodeCheck.ACCEPTED, AppCodeCheck.REPLAYED);
		}
		finally {
			pool.shutdownNow();
		}
	}

	// SIGN-3: drift through the store, with the clock moved: next step accepted, two
	// steps away refused.
	@Test
	void whenCodesAroundNow_thenOneStepEitherSideAcceptedTwoRefused() {
		TotpSecret secret = enrol();
		this.clock.advance(STEP.multipliedBy(4));
		String twoAhead = codeAt(secret, this.clock.instant().plus(STEP.multipliedBy(2)));
		String oneAhead = codeAt(secret, this.clock.instant().plus(STEP));

		assertThat(this.apps.verify(this.accountId, twoAhead)).isEqualTo(AppCodeCheck.WRONG);
		assertThat(this.apps.verify(this.accountId, oneAhead)).isEqualTo(AppCodeCheck.ACCEPTED);
	}

	// SIGN-3: malformed input through the store: refused, nothing thrown, nothing used
	// up.
	@Test
	void whenMalformed_thenWrongAndNothingChanges() {
		enrol();
		Long before = lastUsedStep();

		for (String typed : new String[] { null, "", "12345", "abcdef", "9".repeat(10_000) }) {
			assertThat(this.apps.verify(this.accountId, typed)).isEqualTo(AppCodeCheck.WRONG);
		}
		assertThat(lastUsedStep()).isEqualTo(before);
	}

	// APP-3: one app per account: a confirmed app is not silently replaced; an
	// unconfirmed set-up is.
	@Test
	void whenBeginAgain_thenUnconfirmedReplacedButConfirmedKept() {
		TotpSecret abandoned = secretOf(this.apps.begin(this.accountId));
		TotpSecret secret = secretOf(this.apps.begin(this.accountId));
		assertThat(secret).isNotEqualTo(abandoned);
		assumeFalse(codeNow(abandoned).equals(codeNow(secret)), "two random secrets gave the same code (1 in 10^6)");
		assertThat(this.apps.confirm(this.accountId, codeNow(abandoned))).isEqualTo(AppCodeCheck.WRONG);
		this.apps.remove(this.accountId);

		TotpSecret kept = enrol();
		assertThatIllegalStateException().isThrownBy(() -> this.apps.begin(this.accountId));
		assertThat(rowCount()).isEqualTo(1);
		this.clock.advance(STEP);
		assertThat(this.apps.verify(this.accountId, codeNow(kept))).isEqualTo(AppCodeCheck.ACCEPTED);
	}

	// APP-3: one account per app registration: each account has its own secret; one's
	// code does not open another.
	@Test
	void whenTwoAccounts_thenEachHasItsOwnSecret() {
		TotpSecret mine = enrol();
		long otherId = createAccount();
		TotpSecret theirs = secretOf(this.apps.begin(otherId));
		this.apps.confirm(otherId, codeNow(theirs));
		this.clock.advance(STEP);
		String myCode = codeNow(mine);

		assertThat(theirs).isNotEqualTo(mine);
		assumeFalse(myCode.equals(codeNow(theirs)), "two random secrets gave the same code (1 in 10^6)");
		assertThat(this.apps.verify(otherId, myCode)).isEqualTo(AppCodeCheck.WRONG);
		assertThat(this.apps.verify(this.accountId, myCode)).isEqualTo(AppCodeCheck.ACCEPTED);
	}

	// APP-1: remove: the app is gone, its codes no longer work, a new set-up can begin.
	@Test
	void whenRemoved_thenNotEnrolledAndCanBeginAgain() {
		TotpSecret secret = enrol();

		assertThat(this.apps.remove(this.accountId)).isTrue();
		this.clock.advance(STEP);

		assertThat(this.apps.verify(this.accountId, codeNow(secret))).isEqualTo(AppCodeCheck.NOT_ENROLLED);
		assertThat(this.apps.isEnrolled(this.accountId)).isFalse();
		assertThat(rowCount()).isZero();
		assertThat(this.apps.remove(this.accountId)).isFalse();
		assertThat(this.apps.begin(this.accountId).uri()).startsWith("otpauth://totp/");
		assertThat(this.audit.forSubject("account:" + this.accountId, 10))
			.anySatisfy((entry) -> assertThat(entry.toString()).contains("authenticator.removed"));
	}

	// APP-3: the app goes with its account.
	@Test
	void whenTheAccountIsDeleted_thenItsAppGoesToo() {
		enrol();

		this.jdbc.sql("delete from account where id = :id").param("id", this.accountId).update();

		assertThat(rowCount()).isZero();
	}

	// SIGN-3
	@Test
	void whenNoAppAtAll_thenNotEnrolled() {
		assertThat(this.apps.verify(this.accountId, "123456")).isEqualTo(AppCodeCheck.NOT_ENROLLED);
		assertThat(this.apps.confirm(this.accountId, "123456")).isEqualTo(AppCodeCheck.NOT_ENROLLED);
	}

	private TotpSecret enrol() {
		TotpSecret secret = secretOf(this.apps.begin(this.accountId));
		assertThat(this.apps.confirm(this.accountId, codeNow(secret))).isEqualTo(AppCodeCheck.ACCEPTED);
		return secret;
	}

	private String codeNow(TotpSecret secret) {
		return codeAt(secret, this.clock.instant());
	}

	private static String codeAt(TotpSecret secret, Instant instant) {
		return TotpCodeGenerator.signInCodes().codeAt(secret.bytes(), instant);
	}

	/** What an app does with the QR code: read the secret from the URI. */
	private static TotpSecret secretOf(Provisioning provisioning) {
		String query = URI.create(provisioning.uri()).getQuery();
		String base32 = query.substring(query.indexOf("secret=") + 7, query.indexOf('&'));
		return TotpSecret.fromBase32(base32);
	}

	private String sealedSecret() {
		return this.jdbc.sql("select secret_sealed from authenticator_app where account_id = :id")
			.param("id", this.accountId)
			.query(String.class)
			.single();
	}

	private Long lastUsedStep() {
		return this.jdbc.sql("select last_used_step from authenticator_app where account_id = :id")
			.param("id", this.accountId)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private int rowCount() {
		return this.jdbc.sql("select count(*) from authenticator_app where account_id = :id")
			.param("id", this.accountId)
			.query(Integer.class)
			.single();
	}

	private long createAccount() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		StringBuilder username = new StringBuilder("totp");
		for (int i = 0; i < 12; i++) {
			username.append((char) ('a' + random.nextInt(26)));
		}
		Ssn ssn = Ssn.parse(String.format("%03d-%02d-%04d", random.nextInt(900, 1000), random.nextInt(1, 100),
				random.nextInt(1, 10_000)));
		return this.accounts.create(new NewAccount(username.toString(), username + "@example.test", "Test", "Person",
				LocalDate.of(1980, 1, 1), ssn, "$argon2id$not-a-real-hash", "a site phrase", "pets", null,
				AccountStatus.ACTIVE, 3, "test", Map.of()));
	}

}
