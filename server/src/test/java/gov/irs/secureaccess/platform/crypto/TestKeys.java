package gov.irs.secureaccess.platform.crypto;

import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

/** Fixed keys for unit tests. */
public final class TestKeys {

	private TestKeys() {
	}

	public static String key(int fill) {
		byte[] bytes = new byte[32];
		Arrays.fill(bytes, (byte) fill);
		return Base64.getEncoder().encodeToString(bytes);
	}

	public static KeyRing ring() {
		return new KeyRing(Map.of("k1", key(1)), "k1", key(9));
	}

}
