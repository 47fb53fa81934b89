package gov.irs.secureaccess.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * The run's days. Each visit someone makes (to the pages, the desk, a TAC) is booked for
 * a day; the day's visits run at the same time on the run's workers; then the service's
 * clock moves on to the next booked day. A visit may book more visits, for today or
 * later.
 */
final class Agenda {

	interface Visit {

		void run(int day) throws Exception;

	}

	private final TreeMap<Integer, List<Visit>> days = new TreeMap<>();

	private final AtomicInteger failures = new AtomicInteger();

	private final List<String> failureSamples = new ArrayList<>();

	synchronized void book(int day, Visit visit) {
		this.days.computeIfAbsent(day, (d) -> new ArrayList<>()).add(visit);
	}

	private synchronized Map.Entry<Integer, List<Visit>> next() {
		return this.days.pollFirstEntry();
	}

	/**
	 * Runs every booked day in order: {@code dayStarts} is told each new day first (it
	 * moves the clock).
	 * @param onFailure told of a visit that failed with an exception (a page that did not
	 * offer what was needed)
	 */
	void run(ExecutorService workers, IntConsumer dayStarts) throws InterruptedException {
		Map.Entry<Integer, List<Visit>> day;
		while ((day = next()) != null) {
			int today = day.getKey();
			dayStarts.accept(today);
			List<Visit> visits = day.getValue();
			while (!visits.isEmpty()) {
				List<Future<?>> running = new ArrayList<>();
				for (Visit visit : visits) {
					running.add(workers.submit(() -> {
						try {
							visit.run(today);
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
						}
						catch (Exception | AssertionError ex) {
							failed(ex);
						}
					}));
				}
				int done = 0;
				for (Future<?> future : running) {
					if (done > 0 && done % 1000 == 0) {
						// A long day (day 1 holds everyone's first visit): where it
						// stands.
						System.out.printf("    %d of %d visits of day %d done%n", done, running.size(), today);
					}
					done++;
					try {
						future.get();
					}
					catch (ExecutionException ex) {
						failed(ex.getCause());
					}
				}
				synchronized (this) {
					List<Visit> more = this.days.remove(today);
					visits = (more != null) ? more : List.of();
				}
			}
		}
	}

	private void failed(Throwable ex) {
		this.failures.incrementAndGet();
		synchronized (this.failureSamples) {
			if (this.failureSamples.size() < 20) {
				this.failureSamples.add(ex.getClass().getSimpleName() + ": " + ex.getMessage());
			}
		}
	}

	int failures() {
		return this.failures.get();
	}

	List<String> failureSamples() {
		synchronized (this.failureSamples) {
			return List.copyOf(this.failureSamples);
		}
	}

}
