package gov.irs.secureaccess.journey;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The declared step graph of one journey type: its steps, where it starts, which states end it, and how long a
 * journey of this type lives.
 */
public final class JourneyDefinition {

	private final String type;

	private final Duration lifetime;

	private final String firstState;

	private final Map<String, Step> steps;

	private final Set<String> finalStates;

	private final Map<String, Set<String>> diversions;

	public JourneyDefinition(String type, Duration lifetime, List<Step> steps, Set<String> finalStates) {
		this(type, lifetime, steps, finalStates, Map.of());
	}

	/**
	 * @param diversions other ways forward a person may choose from a step (state to states), besides where the
	 * step's own outcome leads, e.g. from the phone step to the mail path
	 */
	public JourneyDefinition(String type, Duration lifetime, List<Step> steps, Set<String> finalStates,
			Map<String, Set<String>> diversions) {
		this.type = Objects.requireNonNull(type, "type");
		if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
			throw new IllegalArgumentException("A journey's lifetime must be positive");
		}
		if (steps == null || steps.isEmpty()) {
			throw new IllegalArgumentException("A journey needs at least one step");
		}
		Map<String, Step> byName = new LinkedHashMap<>();
		for (Step step : steps) {
			if (step.maxAttempts() < 1) {
				throw new IllegalArgumentException("Step " + step.name() + " must allow at least one attempt");
			}
			if (byName.put(step.name(), step) != null) {
				throw new IllegalArgumentException("Two steps are named " + step.name());
			}
		}
		for (String state : finalStates) {
			if (byName.containsKey(state)) {
				throw new IllegalArgumentException("Final state " + state + " cannot also be a step");
			}
		}
		this.lifetime = lifetime;
		this.firstState = steps.get(0).name();
		this.steps = Map.copyOf(byName);
		this.finalStates = Set.copyOf(finalStates);
		diversions.forEach((from, targets) -> {
			if (!byName.containsKey(from) || !targets.stream().allMatch(this::isKnownState)) {
				throw new IllegalArgumentException("Diversion from " + from + " names an unknown state");
			}
		});
		this.diversions = Map.copyOf(diversions);
	}

	boolean allowsDiversion(String from, String to) {
		return this.diversions.getOrDefault(from, Set.of()).contains(to);
	}

	public String type() {
		return this.type;
	}

	public Duration lifetime() {
		return this.lifetime;
	}

	public String firstState() {
		return this.firstState;
	}

	public boolean isFinal(String state) {
		return this.finalStates.contains(state);
	}

	/** The step that serves a state; fails for final or unknown states. */
	public Step step(String state) {
		Step step = this.steps.get(state);
		if (step == null) {
			throw new IllegalStateException("Journey " + this.type + " has no step " + state);
		}
		return step;
	}

	boolean isKnownState(String state) {
		return this.steps.containsKey(state) || this.finalStates.contains(state);
	}

}
