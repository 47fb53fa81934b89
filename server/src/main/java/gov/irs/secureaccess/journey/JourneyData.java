package gov.irs.secureaccess.journey;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a step or a start gives a journey to remember, built from typed keys:
 * {@code JourneyData.with(ID, 42L)}.
 */
public final class JourneyData {

	private final Map<String, String> values = new LinkedHashMap<>();

	private JourneyData() {
	}

	public static <T> JourneyData with(JourneyKey<T> key, T value) {
		return new JourneyData().and(key, value);
	}

	public <T> JourneyData and(JourneyKey<T> key, T value) {
		this.values.put(key.name(), key.encode(value));
		return this;
	}

	/** A value under a key that has no type of its own yet (text). */
	public JourneyData and(String key, String value) {
		this.values.put(key, value);
		return this;
	}

	public Map<String, String> map() {
		return Map.copyOf(this.values);
	}

}
