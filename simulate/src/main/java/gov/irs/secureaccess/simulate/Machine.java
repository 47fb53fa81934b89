package gov.irs.secureaccess.simulate;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import com.sun.management.OperatingSystemMXBean;

/**
 * What the machine was doing, for the results: its load average (the machine is shared,
 * so a run's wall time depends on what else ran) and the CPU time this process and the
 * service's embedded PostgreSQL used, which does not. Read from {@code /proc} where there
 * is one; elsewhere the load is unknown and only this process's CPU is counted.
 */
record Machine(double load1, Duration cpu) {

	/**
	 * Clock ticks per second of {@code /proc/<pid>/stat} ({@code getconf CLK_TCK}; 100 on
	 * Linux).
	 */
	private static final long TICKS = 100;

	/**
	 * What the machine is doing now: its load and the CPU time of this process and
	 * PostgreSQL.
	 * @param postgres the embedded PostgreSQL's cluster folder (its
	 * {@code postmaster.pid} names the server)
	 */
	static Machine now(Path postgres) {
		return new Machine(load(), ownCpu().plus(postgresCpu(postgres)));
	}

	/** CPU used between {@code start} and this snapshot. */
	Duration cpuSince(Machine start) {
		return this.cpu.minus(start.cpu);
	}

	String loadText() {
		return Double.isNaN(this.load1) ? "unknown" : String.format(Locale.ROOT, "%.1f", this.load1);
	}

	private static double load() {
		try {
			return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
		}
		catch (IOException | RuntimeException ex) {
			return Double.NaN;
		}
	}

	private static Duration ownCpu() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
			return Duration.ofNanos(Math.max(0, os.getProcessCpuTime()));
		}
		return Duration.ZERO;
	}

	/**
	 * User and system time of the PostgreSQL server (it runs apart from this process,
	 * started by {@code pg_ctl}): the postmaster with the backends it already reaped, and
	 * its running backends.
	 */
	private static Duration postgresCpu(Path postgres) {
		long postmaster;
		try {
			postmaster = Long.parseLong(Files.readAllLines(postgres.resolve("postmaster.pid")).get(0).strip());
		}
		catch (IOException | RuntimeException ex) {
			return Duration.ZERO;
		}
		long ticks = ticks(postmaster, true) + ProcessHandle.of(postmaster)
			.map((server) -> server.descendants().mapToLong((backend) -> ticks(backend.pid(), false)).sum())
			.orElse(0L);
		return Duration.ofMillis(ticks * 1000 / TICKS);
	}

	private static long ticks(long pid, boolean withReapedChildren) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			// After the command in parentheses, from field 3 (state): utime is field 14,
			// stime 15, cutime 16, cstime 17.
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
			return withReapedChildren ? own + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : own;
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

}
