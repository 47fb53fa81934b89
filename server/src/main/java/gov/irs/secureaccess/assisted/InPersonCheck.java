package gov.irs.secureaccess.assisted;

import java.time.Instant;

/**
 * An in-person identity check at a Taxpayer Assistance Center (AST-3): two different
 * forms of government identification seen, by which officer, at which office, when. Only
 * the last 4 characters of each number exist.
 */
public record InPersonCheck(long id, IdType firstType, String firstLast4, IdType secondType, String secondLast4,
		String office, long officerAccountId, String officerUsername, String caseNumber, Instant recordedAt) {

	@Override
	public String toString() {
		return "InPersonCheck[" + this.id + "]";
	}

}
