package gov.irs.secureaccess.support;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Phone numbers for accounts that tests make directly in the store (the 202-557 exchange,
 * never given to generated people), never the same twice in one test run, since one
 * account per number is enforced.
 */
public final class TestPhones {

	private static final AtomicInteger NEXT = new AtomicInteger();

	private TestPhones() {
	}

	public static String next() {
		return String.format("+1202557%04d", NEXT.getAndIncrement());
	}

}
