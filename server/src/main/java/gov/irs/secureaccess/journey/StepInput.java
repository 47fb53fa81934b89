package gov.irs.secureaccess.journey;

import java.util.Map;

/** What a person submitted on a step's page, field by field. */
public record StepInput(Map<String, String> fields) {

	public StepInput {
		fields = Map.copyOf(fields);
	}

	public static StepInput of(Map<String, String> fields) {
		return new StepInput(fields);
	}

	/** The trimmed value of a field, or an empty string when absent. */
	public String get(String field) {
		String value = this.fields.get(field);
		return (value != null) ? value.strip() : "";
	}

}
