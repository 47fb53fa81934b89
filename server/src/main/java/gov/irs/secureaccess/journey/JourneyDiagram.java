package gov.irs.secureaccess.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Prints a journey's declared graph: as a Mermaid state diagram for the docs
 * (docs/journeys.md, kept in step with the code by a test) and as one line for the
 * start-up log. Diversions, the ways forward a person chooses, are drawn as edges
 * labelled "chosen".
 */
public final class JourneyDiagram {

	private JourneyDiagram() {
	}

	public static String mermaid(JourneyDefinition definition) {
		StringBuilder out = new StringBuilder("stateDiagram-v2\n");
		List<String> states = new ArrayList<>(definition.stepOrder());
		states.addAll(definition.finalStates().stream().sorted().toList());
		for (String state : states) {
			out.append("    state \"").append(state).append("\" as ").append(id(state)).append('\n');
		}
		out.append("    [*] --> ").append(id(definition.firstState())).append('\n');
		for (String state : definition.stepOrder()) {
			definition.edges(state)
				.forEach((outcome, next) -> out.append("    ")
					.append(id(state))
					.append(" --> ")
					.append(id(next))
					.append(": ")
					.append(outcome)
					.append('\n'));
			definition.diversions(state)
				.forEach((next) -> out.append("    ")
					.append(id(state))
					.append(" --> ")
					.append(id(next))
					.append(": chosen\n"));
		}
		definition.finalStates()
			.stream()
			.sorted()
			.forEach((state) -> out.append("    ").append(id(state)).append(" --> [*]\n"));
		return out.toString();
	}

	/**
	 * One line: {@code registration: contact -passed-> confirm-email, ...; ends at done}.
	 */
	public static String line(JourneyDefinition definition) {
		StringJoiner edges = new StringJoiner(", ");
		for (String state : definition.stepOrder()) {
			definition.edges(state).forEach((outcome, next) -> edges.add(state + " -" + outcome + "-> " + next));
			definition.diversions(state).forEach((next) -> edges.add(state + " -chosen-> " + next));
		}
		return definition.type() + ": " + edges + "; ends at "
				+ String.join(", ", definition.finalStates().stream().sorted().toList());
	}

	private static String id(String state) {
		return state.replaceAll("[^A-Za-z0-9]", "_");
	}

}
