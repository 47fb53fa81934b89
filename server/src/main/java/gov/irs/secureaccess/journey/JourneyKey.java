package gov.irs.secureaccess.journey;

import java.util.Objects;
import java.util.function.Function;

/**
 * A named value a journey remembers, with the codec that keeps it as text in the
 * journey's sealed data: read with {@link Journey#get(JourneyKey)} or
 * {@link Journey#require(JourneyKey)}, written with {@link JourneyData}. A value that
 * does not decode is a broken journey, not bad input: it fails loudly.
 *
 * @param <T> the value's type
 */
public final class JourneyKey<T> {

	private final String name;

	private final Function<String, T> decode;

	private final Function<T, String> encode;

	private JourneyKey(String name, Function<String, T> decode, Function<T, String> encode) {
		this.name = Objects.requireNonNull(name, "name");
		this.decode = decode;
		this.encode = encode;
	}

	/** A value kept as it is. */
	public static JourneyKey<String> text(String name) {
		return new JourneyKey<>(name, Function.identity(), Function.identity());
	}

	/** A number, such as an account's id. */
	public static JourneyKey<Long> number(String name) {
		return new JourneyKey<>(name, Long::valueOf, String::valueOf);
	}

	/** A value of any type with its own codec. */
	public static <T> JourneyKey<T> of(String name, Function<String, T> decode, Function<T, String> encode) {
		return new JourneyKey<>(name, decode, encode);
	}

	public String name() {
		return this.name;
	}

	T decode(String stored) {
		try {
			return this.decode.apply(stored);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("Journey value " + this.name + " does not decode", ex);
		}
	}

	String encode(T value) {
		return this.encode.apply(Objects.requireNonNull(value, this.name));
	}

	@Override
	public String toString() {
		return this.name;
	}

}
