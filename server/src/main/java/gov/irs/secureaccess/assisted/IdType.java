package gov.irs.secureaccess.assisted;

/**
 * The forms of government identification a TAC officer may record (AST-3); the text is
 * {@code assist.idType.<name>}.
 */
public enum IdType {

	DRIVERS_LICENSE, STATE_ID, US_PASSPORT, US_PASSPORT_CARD, MILITARY_ID, PERMANENT_RESIDENT_CARD, FOREIGN_PASSPORT,
	TRIBAL_ID

}
