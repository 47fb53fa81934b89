package gov.irs.secureaccess.journey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where journeys are kept. */
public interface JourneyRepository {

	void insert(Journey journey);

	Optional<Journey> find(UUID id);

	/**
	 * Like {@link #find} but holds the row until the transaction ends, so submissions to
	 * one journey queue up.
	 */
	Optional<Journey> findForUpdate(UUID id);

	/**
	 * Saves a changed journey if nobody else saved it since it was read (optimistic lock
	 * on the version).
	 * @return false when another request changed it first
	 */
	boolean update(Journey journey);

	/** Journeys that expired before the given time. */
	List<Journey> findExpiredBefore(Instant cutoff);

	/** Deletes journeys that expired before the given time; returns how many. */
	int deleteExpiredBefore(Instant cutoff);

}
