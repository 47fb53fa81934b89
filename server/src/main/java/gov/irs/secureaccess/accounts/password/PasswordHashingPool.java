package gov.irs.secureaccess.accounts.password;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The bounded pool every password hash runs on (DESIGN "Speed"): a fixed number of
 * threads (by default one per core), so Argon2's memory (threads x m) stays flat at any
 * concurrency, and a bounded queue in front of them. A task that finds the queue full is
 * refused at once with {@link PasswordHashingBusyException}.
 */
public final class PasswordHashingPool implements AutoCloseable {

	private final ThreadPoolExecutor executor;

	/**
	 * One permit per thread and per queue place: admission is decided here, not by racing
	 * the queue.
	 */
	private final Semaphore admission;

	private final Duration retryAfter;

	/**
	 * Tasks admitted so far (for metrics, and for the tests that prove every sign-in
	 * answer costs the same).
	 */
	private final LongAdder admitted = new LongAdder();

	public PasswordHashingPool(int threads, int queueLimit, Duration retryAfter) {
		if (threads < 1 || queueLimit < 0) {
			throw new IllegalArgumentException("a hashing pool needs at least one thread and a queue limit >= 0");
		}
		this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
				new HashingThreads(), new ThreadPoolExecutor.AbortPolicy());
		this.admission = new Semaphore(threads + queueLimit);
		this.retryAfter = retryAfter;
	}

	static PasswordHashingPool from(PasswordSettings.Hashing settings) {
		return new PasswordHashingPool(settings.effectiveThreads(), settings.queueLimit(), settings.retryAfter());
	}

	/**
	 * Queues a task.
	 * @throws PasswordHashingBusyException when the queue is full
	 */
	public <T> Future<T> submit(Callable<T> task) {
		if (!this.admission.tryAcquire()) {
			throw new PasswordHashingBusyException(this.retryAfter);
		}
		this.admitted.increment();
		try {
			return this.executor.submit(() -> {
				try {
					return task.call();
				}
				finally {
					this.admission.release();
				}
			});
		}
		catch (RejectedExecutionException ex) {
			this.admission.release();
			throw new PasswordHashingBusyException(this.retryAfter);
		}
	}

	/**
	 * Runs a task on the pool and waits for its result.
	 * @throws PasswordHashingBusyException when the queue is full
	 */
	public <T> T run(Callable<T> task) {
		Future<T> future = submit(task);
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			future.cancel(true);
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a password hash", ex);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException("Password hashing failed", cause);
		}
	}

	/** How many tasks the pool has taken so far. */
	public long admitted() {
		return this.admitted.sum();
	}

	/** Tasks waiting for a thread now (for metrics). */
	public int queued() {
		return this.executor.getQueue().size();
	}

	@Override
	public void close() {
		this.executor.shutdownNow();
	}

	private static final class HashingThreads implements ThreadFactory {

		private final AtomicInteger count = new AtomicInteger();

		@Override
		public Thread newThread(Runnable task) {
			Thread thread = new Thread(task, "password-hashing-" + this.count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}

	}

}
