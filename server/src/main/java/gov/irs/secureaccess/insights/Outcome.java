package gov.irs.secureaccess.insights;

/** How many started and how many of them completed: one cell of a rate table. */
public record Outcome(long started, long completed) {

	static final Outcome NONE = new Outcome(0, 0);

	Outcome plus(Outcome other) {
		return new Outcome(this.started + other.started, this.completed + other.completed);
	}

}
