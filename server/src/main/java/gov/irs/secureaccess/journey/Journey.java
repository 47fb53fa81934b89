package gov.irs.secureaccess.journey;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One person's way through a journey (registration, sign-in, recovery, an assisted path):
 * which step they are on, what they have given so far, how many times each step was
 * tried, and when it expires. Lives in the database, so any node can serve the next
 * request and a person can come back to it by id.
 */
public final class Journey {

	private final UUID id;

	private final String type;

	private final Instant createdAt;

	private final Instant expiresAt;

	private final Map<String, Integer> attempts;

	private final Map<String, String> data;

	private String state;

	private Instant updatedAt;

	private final int version;

	public Journey(UUID id, String type, String state, Instant createdAt, Instant updatedAt, Instant expiresAt,
			Map<String, Integer> attempts, Map<String, String> data, int version) {
		this.id = Objects.requireNonNull(id, "id");
		this.type = Objects.requireNonNull(type, "type");
		this.state = Objects.requireNonNull(state, "state");
		this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
		this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
		this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
		if (!expiresAt.isAfter(createdAt)) {
			throw new IllegalArgumentException("A journey must expire after it starts");
		}
		this.attempts = new HashMap<>(attempts);
		this.data = new HashMap<>(data);
		this.version = version;
	}

	public UUID id() {
		return this.id;
	}

	public String type() {
		return this.type;
	}

	public String state() {
		return this.state;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public Instant expiresAt() {
		return this.expiresAt;
	}

	public int version() {
		return this.version;
	}

	public boolean isExpiredAt(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

	/** Failed attempts recorded for a step so far. */
	public int attempts(String step) {
		return this.attempts.getOrDefault(step, 0);
	}

	public Map<String, Integer> attempts() {
		return Map.copyOf(this.attempts);
	}

	public String get(String key) {
		return this.data.get(key);
	}

	/** The value under {@code key}, or null when the journey has none. */
	public <T> T get(JourneyKey<T> key) {
		String stored = this.data.get(key.name());
		return (stored != null) ? key.decode(stored) : null;
	}

	/**
	 * The value under {@code key}, which this journey must have by now (a broken journey
	 * fails loudly).
	 */
	public <T> T require(JourneyKey<T> key) {
		T value = get(key);
		if (value == null) {
			throw new IllegalStateException("Journey " + this.type + " has no " + key.name());
		}
		return value;
	}

	public Map<String, String> data() {
		return Map.copyOf(this.data);
	}

	void recordFailedAttempt(String step, Instant now) {
		this.attempts.merge(step, 1, Integer::sum);
		this.updatedAt = now;
	}

	void advance(String nextState, Map<String, String> newData, Instant now) {
		this.data.putAll(newData);
		this.state = nextState;
		this.updatedAt = now;
	}

}
