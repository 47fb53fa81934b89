package gov.irs.secureaccess.support;

import java.util.concurrent.atomic.AtomicInteger;

import gov.irs.secureaccess.sources.Ssn;

/**
 * SSNs for accounts that tests make directly in the store: never-issued (area 999, groups
 * 70 to 98), and never the same twice in one test run, whichever test class asks, since
 * one account per person is enforced.
 */
public final class TestSsns {

	private static final AtomicInteger NEXT = new AtomicInteger();

	private TestSsns() {
	}

	public static Ssn next() {
		int n = NEXT.getAndIncrement();
		int group = 70 + n / 9999;
		int serial = 1 + n % 9999;
		return Ssn.parse(String.format("999-%02d-%04d", group, serial));
	}

}
