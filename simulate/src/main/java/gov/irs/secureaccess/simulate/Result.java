package gov.irs.secureaccess.simulate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What became of one applicant: the level reached and how, or where they stopped and the
 * reason shown to them.
 */
final class Result {

	enum Path {

		ONLINE_TEXT("online, texted code"), ONLINE_MAIL("online, mailed code"), E_HELP_DESK("e-Help Desk"),
		IN_PERSON("in person (TAC)");

		final String label;

		Path(String label) {
			this.label = label;
		}

		boolean online() {
			return this == ONLINE_TEXT || this == ONLINE_MAIL;
		}

	}

	/**
	 * The level of the account the applicant holds: 0 none, 2 waiting on a mailed code, 3
	 * active.
	 */
	private int level;

	private Path path;

	private String stoppedStep;

	private String stoppedReason;

	/**
	 * Impostors: an account was made with the victim's identity (at any level), by this
	 * path.
	 */
	private String accountPath;

	/**
	 * Impostors: they signed in to an account of the victim (takeover or their own
	 * registration).
	 */
	private boolean signedIn;

	/** Impostors: each path they tried and the last thing that stopped them there. */
	private final Map<String, String> blocks = new LinkedHashMap<>();

	/** The online registration's milestones this applicant passed (for the funnel). */
	enum Milestone {

		STARTED, IDENTITY, FINANCIAL, PHONE_OR_MAIL, ACCOUNT

	}

	private final EnumSet<Milestone> milestones = EnumSet.noneOf(Milestone.class);

	synchronized void passed(Milestone milestone) {
		this.milestones.add(milestone);
	}

	synchronized boolean hasPassed(Milestone milestone) {
		return this.milestones.contains(milestone);
	}

	private final List<String> trail = Collections.synchronizedList(new ArrayList<>());

	synchronized void reached(int level, Path path) {
		if (level >= this.level) {
			this.level = level;
			this.path = path;
		}
		if (level == 3) {
			this.stoppedStep = null;
			this.stoppedReason = null;
		}
	}

	/** The person gave up here, after being shown this reason (the last stop counts). */
	synchronized void stopped(String step, String reason) {
		if (this.level < 3) {
			this.stoppedStep = step;
			this.stoppedReason = (reason == null || reason.isBlank()) ? "(no message)" : reason;
		}
	}

	synchronized void blocked(String path, String reason) {
		this.blocks.put(path, (reason == null || reason.isBlank()) ? "(no message)" : reason);
	}

	synchronized Map<String, String> blocks() {
		return new LinkedHashMap<>(this.blocks);
	}

	synchronized void accountMade(String path) {
		if (this.accountPath == null) {
			this.accountPath = path;
		}
	}

	synchronized void signedIn() {
		this.signedIn = true;
	}

	void note(String event) {
		if (this.trail.size() < 80) {
			this.trail.add(event);
		}
	}

	synchronized int level() {
		return this.level;
	}

	synchronized Path path() {
		return this.path;
	}

	synchronized String stoppedStep() {
		return this.stoppedStep;
	}

	synchronized String stoppedReason() {
		return this.stoppedReason;
	}

	synchronized String accountPath() {
		return this.accountPath;
	}

	synchronized boolean isSignedIn() {
		return this.signedIn;
	}

	List<String> trail() {
		return List.copyOf(this.trail);
	}

}
