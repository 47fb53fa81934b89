package gov.irs.secureaccess.messaging;

/** How a message reaches a person (or, for a logout token, an application). */
public enum Channel {

	EMAIL, SMS, LETTER,

	/**
	 * A logout token to an application (OpenID Connect Back-Channel Logout), delivered
	 * over HTTP.
	 */
	BACKCHANNEL_LOGOUT

}
