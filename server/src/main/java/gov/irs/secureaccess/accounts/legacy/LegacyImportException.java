package gov.irs.secureaccess.accounts.legacy;

import java.util.List;

/**
 * A legacy extract was refused: nothing of it was imported. Each problem names the file,
 * the line and the reason, never the value (DATA-3).
 */
public final class LegacyImportException extends RuntimeException {

	private final List<String> problems;

	public LegacyImportException(List<String> problems) {
		super("Refused legacy e-Services extract, nothing imported; fix it and start again:\n  "
				+ String.join("\n  ", problems), null, false, false);
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
