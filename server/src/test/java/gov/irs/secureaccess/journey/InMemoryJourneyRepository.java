package gov.irs.secureaccess.journey;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps copies, as a database would, so a test sees only what was saved. */
final class InMemoryJourneyRepository implements JourneyRepository {

	private final Map<UUID, Journey> rows = new ConcurrentHashMap<>();

	@Override
	public void insert(Journey journey) {
		if (this.rows.putIfAbsent(journey.id(), copy(journey, journey.version())) != null) {
			throw new IllegalStateException("duplicate id");
		}
	}

	@Override
	public Optional<Journey> find(UUID id) {
		return Optional.ofNullable(this.rows.get(id)).map((journey) -> copy(journey, journey.version()));
	}

	@Override
	public Optional<Journey> findForUpdate(UUID id) {
		return find(id);
	}

	@Override
	public synchronized boolean update(Journey journey) {
		Journey stored = this.rows.get(journey.id());
		if (stored == null || stored.version() != journey.version()) {
			return false;
		}
		this.rows.put(journey.id(), copy(journey, journey.version() + 1));
		return true;
	}

	@Override
	public List<Journey> findExpiredBefore(Instant cutoff) {
		return this.rows.values().stream().filter((journey) -> journey.expiresAt().isBefore(cutoff)).toList();
	}

	@Override
	public int deleteExpiredBefore(Instant cutoff) {
		int before = this.rows.size();
		this.rows.values().removeIf((journey) -> journey.expiresAt().isBefore(cutoff));
		return before - this.rows.size();
	}

	private static Journey copy(Journey j, int version) {
		return new Journey(j.id(), j.type(), j.state(), j.createdAt(), j.updatedAt(), j.expiresAt(), j.attempts(),
				j.data(), version);
	}

}
