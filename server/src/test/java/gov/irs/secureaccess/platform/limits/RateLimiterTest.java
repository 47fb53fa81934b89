package gov.irs.secureaccess.platform.limits;

import java.time.Duration;

import gov.irs.secureaccess.support.IntegrationTest;
import gov.irs.secureaccess.support.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The shared, database-backed rate limiter (REG-1 resends, SIGN-5 failures and every
 * other limit use it).
 */
@IntegrationTest
@TestPropertySource(properties = { "secure-access.rate-limits.test-overridden.max-hits=1",
		"secure-access.rate-limits.test-overridden.window=PT2M" })
class RateLimiterTest {

	@Autowired
	RateLimiter limiter;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	private final RateLimit threePerTenMinutes = new RateLimit("test-resend", 3, Duration.ofMinutes(10));

	@Test
	void whenHitsStayWithinTheLimit_thenAllowedAndTheRemainderCountsDown() {
		String key = "alice@example.test";

		assertThat(this.limiter.hit(this.threePerTenMinutes, key).remaining()).isEqualTo(2);
		assertThat(this.limiter.hit(this.threePerTenMinutes, key).remaining()).isEqualTo(1);
		RateLimitDecision third = this.limiter.hit(this.threePerTenMinutes, key);

		assertThat(third.allowed()).isTrue();
		assertThat(third.remaining()).isZero();
	}

	@Test
	void whenTheLimitIsPassed_thenRefusedWithTheTimeUntilTheWindowEnds() {
		String key = "bob@example.test";
		for (int i = 0; i < 3; i++) {
			this.limiter.hit(this.threePerTenMinutes, key);
		}
		this.clock.advance(Duration.ofMinutes(4));

		RateLimitDecision fourth = this.limiter.hit(this.threePerTenMinutes, key);

		assertThat(fourth.allowed()).isFalse();
		assertThat(fourth.retryAfter()).isEqualTo(Duration.ofMinutes(6));
		assertThat(fourth.retryAfterMinutes()).isEqualTo(6);
		assertThat(this.limiter.peek(this.threePerTenMinutes, key).allowed()).isFalse();
		assertThat(this.limiter.hit(this.threePerTenMinutes, "someone-else@example.test").allowed()).isTrue();
	}

	// SIGN-5 (the per-address failure limit lets 51 through when set to 50): peek says
	// whether one more may come.
	@Test
	void SIGN_5_whenExactlyTheLimitWasHit_thenPeekRefusesTheNextAndOneLessStillAllowsIt() {
		String key = "frank@example.test";
		this.limiter.hit(this.threePerTenMinutes, key);
		this.limiter.hit(this.threePerTenMinutes, key);

		RateLimitDecision oneLeft = this.limiter.peek(this.threePerTenMinutes, key);
		assertThat(oneLeft.allowed()).isTrue();
		assertThat(oneLeft.remaining()).isEqualTo(1);

		assertThat(this.limiter.hit(this.threePerTenMinutes, key).allowed()).as("the third hit").isTrue();
		this.clock.advance(Duration.ofMinutes(1));
		RateLimitDecision full = this.limiter.peek(this.threePerTenMinutes, key);
		assertThat(full.allowed()).isFalse();
		assertThat(full.remaining()).isZero();
		assertThat(full.retryAfter()).isEqualTo(Duration.ofMinutes(9));
		assertThat(this.limiter.hit(this.threePerTenMinutes, key).allowed()).as("the fourth hit").isFalse();
	}

	@Test
	void whenTheWindowHasPassed_thenCountingStartsAgain() {
		String key = "carol@example.test";
		for (int i = 0; i < 4; i++) {
			this.limiter.hit(this.threePerTenMinutes, key);
		}

		this.clock.advance(Duration.ofMinutes(10));

		RateLimitDecision fresh = this.limiter.hit(this.threePerTenMinutes, key);
		assertThat(fresh.allowed()).isTrue();
		assertThat(fresh.remaining()).isEqualTo(2);
	}

	@Test
	void whenReset_thenTheKeyStartsAfresh() {
		String key = "dave@example.test";
		for (int i = 0; i < 4; i++) {
			this.limiter.hit(this.threePerTenMinutes, key);
		}

		this.limiter.reset(this.threePerTenMinutes, key);

		assertThat(this.limiter.peek(this.threePerTenMinutes, key).remaining()).isEqualTo(3);
	}

	@Test
	void whenAnOperatorOverridesALimit_thenTheSettingWins() {
		RateLimit declared = new RateLimit("test-overridden", 50, Duration.ofHours(1));

		this.limiter.hit(declared, "k");
		RateLimitDecision second = this.limiter.hit(declared, "k");

		assertThat(second.allowed()).isFalse();
		assertThat(second.retryAfter()).isEqualTo(Duration.ofMinutes(2));
	}

	@Test
	void DATA_3_whenAKeyIsAnEmailOrAddress_thenOnlyItsKeyedHashIsStored() {
		this.limiter.hit(this.threePerTenMinutes, "erin@example.test");

		assertThat(this.jdbc.sql("select bucket from rate_limit_bucket").query(String.class).list()).isNotEmpty()
			.noneMatch((bucket) -> bucket.contains("erin"));
	}

	@Test
	void whenALimitIsDeclaredBadly_thenItIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RateLimit("x", 0, Duration.ofMinutes(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> new RateLimit("x", 1, Duration.ofDays(8)));
		assertThatIllegalArgumentException().isThrownBy(() -> new RateLimit("Bad Name", 1, Duration.ofMinutes(1)));
	}

}
