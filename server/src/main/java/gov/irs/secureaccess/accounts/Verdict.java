package gov.irs.secureaccess.accounts;

import java.util.List;

/**
 * The outcome of a credential policy: accepted when there is no refusal. Refusals come
 * most important first; a page may show them all or only the first.
 */
public record Verdict(List<Refusal> refusals) {

	private static final Verdict ACCEPTED = new Verdict(List.of());

	public Verdict {
		refusals = List.copyOf(refusals);
	}

	public static Verdict accepted() {
		return ACCEPTED;
	}

	public static Verdict refused(Refusal... refusals) {
		if (refusals.length == 0) {
			throw new IllegalArgumentException("a refusal needs at least one reason");
		}
		return new Verdict(List.of(refusals));
	}

	public boolean isAccepted() {
		return this.refusals.isEmpty();
	}

	/** The message keys of the refusals, in order (handy for pages and tests). */
	public List<String> messageKeys() {
		return this.refusals.stream().map(Refusal::messageKey).toList();
	}

}
