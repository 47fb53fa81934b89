package gov.irs.secureaccess.simulate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock during a run: real time, moved forward by whole days between the
 * run's days, so that letters can take 5 to 10 days to arrive without the run waiting for
 * them. The service takes all its time from the injected {@link Clock} (codes, journeys,
 * rate limits, TOTP, sessions' absolute lifetime); time never goes back.
 */
final class SimulatedClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	void advance(Duration by) {
		if (by.isNegative()) {
			throw new IllegalArgumentException("time never goes back");
		}
		this.offset = this.offset.plus(by);
	}

	Duration offset() {
		return this.offset;
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("always UTC");
	}

}
