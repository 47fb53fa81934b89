package gov.irs.secureaccess.assisted;

import java.io.Serializable;
import java.util.List;

/**
 * The e-Help Desk case an assistor's session works on (kept in the session, which lives
 * in the database): the case number, the legacy account found, where the case stands and
 * the keys of the questions asked. Never PII: the person's data is read again from the
 * stores on each request.
 */
record DeskCase(String caseNumber, long legacyAccountId, Stage stage, List<String> questions) implements Serializable {

	static final String SESSION = "assist.case";

	enum Stage {

		/** The caller is an e-Services user; nothing asked yet. */
		FOUND,

		/** A set of questions is on the screen. */
		ASKING,

		/** All answers were right (AST-2): the account may be created. */
		PASSED,

		/** Answers were wrong: the next step is a TAC visit (AST-3). */
		FAILED,

		/**
		 * No more question sets for this person for now: the next step is a TAC visit.
		 */
		LIMITED

	}

	DeskCase {
		questions = List.copyOf(questions);
	}

	DeskCase at(Stage next, List<String> asked) {
		return new DeskCase(this.caseNumber, this.legacyAccountId, next, asked);
	}

}
