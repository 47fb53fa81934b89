package gov.irs.secureaccess.sources.creditbureau;

/** The network of a card account. */
public enum CardNetwork {

	VISA, MASTERCARD, DISCOVER, AMERICAN_EXPRESS

}
