package gov.irs.secureaccess.messaging;

/** How a message reaches a person. */
public enum Channel {

	EMAIL, SMS, LETTER

}
