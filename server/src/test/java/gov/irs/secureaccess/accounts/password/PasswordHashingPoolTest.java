package gov.irs.secureaccess.accounts.password;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * PW-3 / DESIGN "Speed": hashing runs on a bounded pool and refuses work past its queue
 * limit.
 */
class PasswordHashingPoolTest {

	@Test
	void whenThreadsBusyAndQueueFull_thenFurtherHashesRefusedWithRetryAfter_PW3() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		try (PasswordHashingPool pool = new PasswordHashingPool(1, 1, Duration.ofSeconds(2))) {
			Future<String> running = pool.submit(() -> {
				started.countDown();
				release.await();
				return "first";
			});
			started.await();
			Future<String> queued = pool.submit(() -> "second");

			assertThatExceptionOfType(PasswordHashingBusyException.class).isThrownBy(() -> pool.run(() -> "third"))
				.satisfies((ex) -> assertThat(ex.retryAfterSeconds()).isEqualTo(2));
			assertThat(pool.queued()).isEqualTo(1);

			release.countDown();
			assertThat(running.get()).isEqualTo("first");
			assertThat(queued.get()).isEqualTo("second");
			assertThat(pool.run(() -> "after")).isEqualTo("after");
		}
	}

	@Test
	void whenHasherRunsOnAFullPool_thenItRefusesToHash_PW3() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		try (PasswordHashingPool pool = new PasswordHashingPool(1, 0, Duration.ofMillis(1500))) {
			PasswordHasher hasher = new PasswordHasher(new Argon2Cost(64, 1, 1), pool);
			pool.submit(() -> {
				started.countDown();
				release.await();
				return null;
			});
			started.await();

			assertThatExceptionOfType(PasswordHashingBusyException.class)
				.isThrownBy(() -> hasher.hash("marmalade typhoon velvet"))
				.satisfies((ex) -> assertThat(ex.retryAfterSeconds()).isEqualTo(2));
			release.countDown();
		}
	}

	@Test
	void whenTaskFails_thenItsExceptionReachesTheCaller_PW3() {
		try (PasswordHashingPool pool = new PasswordHashingPool(1, 1, Duration.ofSeconds(1))) {
			assertThatIllegalStateException().isThrownBy(() -> pool.run(() -> {
				throw new IllegalStateException("boom");
			})).withMessage("boom");
		}
	}

}
