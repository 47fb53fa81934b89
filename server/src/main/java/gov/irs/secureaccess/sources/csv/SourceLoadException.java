package gov.irs.secureaccess.sources.csv;

import java.util.List;

/**
 * One or more source files were refused at start-up; the service does not start
 * (docs/sources.md).
 */
public final class SourceLoadException extends RuntimeException {

	private final List<String> problems;

	public SourceLoadException(List<String> problems) {
		super("Refused source files, fix them and start again:\n  " + String.join("\n  ", problems), null, false,
				false);
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
