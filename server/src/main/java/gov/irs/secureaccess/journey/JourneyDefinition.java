package gov.irs.secureaccess.journey;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The declared step graph of one journey type, the one place its order is written: its
 * steps, the edges from each step's outcomes to the state that follows, the ways forward
 * a person may choose instead (diversions), which states end it, and how long a journey
 * of this type lives. Built with {@link #builder}; a graph with an edge to nowhere, an
 * outcome without an edge or a state nothing leads to is refused when it is built, that
 * is when the service starts.
 */
public final class JourneyDefinition {

	private final String type;

	private final Duration lifetime;

	private final Map<String, Step> steps;

	private final Map<String, Map<String, String>> edges;

	private final Map<String, Set<String>> diversions;

	private final Set<String> finalStates;

	private final List<String> order;

	private JourneyDefinition(Builder builder) {
		this.type = builder.type;
		this.lifetime = builder.lifetime;
		this.steps = Map.copyOf(builder.steps);
		this.edges = copy(builder.edges);
		this.diversions = copySets(builder.diversions);
		this.finalStates = Set.copyOf(builder.finalStates);
		this.order = List.copyOf(builder.steps.keySet());
	}

	/**
	 * Starts the definition of a journey type whose journeys live for {@code lifetime}.
	 */
	public static Builder builder(String type, Duration lifetime) {
		return new Builder(type, lifetime);
	}

	public String type() {
		return this.type;
	}

	public Duration lifetime() {
		return this.lifetime;
	}

	/** The state every journey of this type starts at: the first step declared. */
	public String firstState() {
		return this.order.get(0);
	}

	/**
	 * The steps' states in the order they were declared (the order a progress indicator
	 * counts).
	 */
	public List<String> stepOrder() {
		return this.order;
	}

	public Set<String> finalStates() {
		return this.finalStates;
	}

	/** Outcome to next state, for each step, in declaration order. */
	public Map<String, String> edges(String state) {
		return this.edges.getOrDefault(state, Map.of());
	}

	/**
	 * The states a person may choose to go to from {@code state} instead, in declaration
	 * order.
	 */
	public Set<String> diversions(String state) {
		return this.diversions.getOrDefault(state, Set.of());
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

	/**
	 * Where {@code outcome} of the step at {@code state} leads; fails for an outcome the
	 * definition does not know.
	 */
	String next(String state, String outcome) {
		String next = edges(state).get(outcome);
		if (next == null) {
			throw new IllegalStateException(
					"Step " + state + " of journey " + this.type + " has no edge for outcome " + outcome);
		}
		return next;
	}

	boolean allowsDiversion(String from, String to) {
		return diversions(from).contains(to);
	}

	private static Map<String, Map<String, String>> copy(Map<String, Map<String, String>> source) {
		Map<String, Map<String, String>> copy = new LinkedHashMap<>();
		source.forEach((state, out) -> copy.put(state, Collections.unmodifiableMap(new LinkedHashMap<>(out))));
		return Collections.unmodifiableMap(copy);
	}

	private static Map<String, Set<String>> copySets(Map<String, Set<String>> source) {
		Map<String, Set<String>> copy = new LinkedHashMap<>();
		source.forEach((state, to) -> copy.put(state, Collections.unmodifiableSet(new LinkedHashSet<>(to))));
		return Collections.unmodifiableMap(copy);
	}

	/**
	 * Declares a journey's graph step by step: {@code step(s)} adds a step, then
	 * {@code then(next)} or {@code on(outcome, next)} give its edges;
	 * {@code divert(from, to)} a way forward the person chooses; {@code end(states)} the
	 * final states.
	 */
	public static final class Builder {

		private final String type;

		private final Duration lifetime;

		private final Map<String, Step> steps = new LinkedHashMap<>();

		private final Map<String, Map<String, String>> edges = new LinkedHashMap<>();

		private final Map<String, Set<String>> diversions = new LinkedHashMap<>();

		private final Set<String> finalStates = new LinkedHashSet<>();

		private Step current;

		private Builder(String type, Duration lifetime) {
			this.type = Objects.requireNonNull(type, "type");
			if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
				throw new IllegalArgumentException("A journey's lifetime must be positive");
			}
			this.lifetime = lifetime;
		}

		/**
		 * Adds a step; the edges that follow are its own. The first step added is where a
		 * journey starts.
		 */
		public Builder step(Step step) {
			if (step.maxAttempts() < 1) {
				throw new IllegalArgumentException("Step " + step.name() + " must allow at least one attempt");
			}
			if (this.steps.put(step.name(), step) != null) {
				throw new IllegalArgumentException("Two steps of journey " + this.type + " are named " + step.name());
			}
			this.current = step;
			return this;
		}

		/** The last step's {@link Step#PASSED} outcome leads to {@code next}. */
		public Builder then(String next) {
			return on(Step.PASSED, next);
		}

		/** The last step's {@code outcome} leads to {@code next}. */
		public Builder on(String outcome, String next) {
			if (this.current == null) {
				throw new IllegalStateException("An edge needs a step before it");
			}
			Map<String, String> out = this.edges.computeIfAbsent(this.current.name(), (name) -> new LinkedHashMap<>());
			if (out.put(outcome, next) != null) {
				throw new IllegalArgumentException("Step " + this.current.name() + " has two edges for " + outcome);
			}
			return this;
		}

		/**
		 * From {@code from} a person may choose to go to {@code to} instead (for example
		 * the mail code, REG-6).
		 */
		public Builder divert(String from, String to) {
			this.diversions.computeIfAbsent(from, (state) -> new LinkedHashSet<>()).add(to);
			return this;
		}

		/** The states that end a journey of this type. */
		public Builder end(String... states) {
			this.finalStates.addAll(List.of(states));
			return this;
		}

		/**
		 * Checks the graph and builds it; every problem found is named in one message.
		 */
		public JourneyDefinition build() {
			List<String> problems = new ArrayList<>();
			if (this.steps.isEmpty()) {
				throw new IllegalArgumentException("Journey " + this.type + " needs at least one step");
			}
			if (this.finalStates.isEmpty()) {
				problems.add("no final state");
			}
			for (String state : this.finalStates) {
				if (this.steps.containsKey(state)) {
					problems.add("final state " + state + " is also a step");
				}
			}
			this.steps.values().forEach((step) -> checkEdges(step, problems));
			this.diversions.forEach((from, targets) -> {
				if (!this.steps.containsKey(from)) {
					problems.add("a diversion leaves from " + from + ", which is not a step");
				}
				targets.stream()
					.filter((to) -> !isKnown(to))
					.forEach((to) -> problems.add("a diversion from " + from + " leads to unknown state " + to));
			});
			Set<String> unreachable = new LinkedHashSet<>(this.steps.keySet());
			unreachable.addAll(this.finalStates);
			unreachable.removeAll(reachable());
			unreachable.forEach((state) -> problems.add("nothing leads to " + state));
			if (!problems.isEmpty()) {
				throw new IllegalArgumentException(
						"Journey " + this.type + " is not a sound graph: " + String.join("; ", problems));
			}
			return new JourneyDefinition(this);
		}

		private void checkEdges(Step step, List<String> problems) {
			Map<String, String> out = this.edges.getOrDefault(step.name(), Map.of());
			for (String outcome : step.outcomes()) {
				if (!out.containsKey(outcome)) {
					problems.add("step " + step.name() + " has no edge for its outcome " + outcome);
				}
			}
			out.forEach((outcome, next) -> {
				if (!step.outcomes().contains(outcome)) {
					problems.add("step " + step.name() + " never has the outcome " + outcome);
				}
				if (!isKnown(next)) {
					problems.add("step " + step.name() + " leads to unknown state " + next);
				}
			});
		}

		private boolean isKnown(String state) {
			return this.steps.containsKey(state) || this.finalStates.contains(state);
		}

		private Set<String> reachable() {
			Set<String> seen = new LinkedHashSet<>();
			Deque<String> todo = new ArrayDeque<>(List.of(this.steps.keySet().iterator().next()));
			while (!todo.isEmpty()) {
				String state = todo.pop();
				if (seen.add(state)) {
					todo.addAll(this.edges.getOrDefault(state, Map.of()).values());
					todo.addAll(this.diversions.getOrDefault(state, Set.of()));
				}
			}
			return seen;
		}

	}

}
