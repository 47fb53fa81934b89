package gov.irs.secureaccess.sources.phonecarrier;

/** The kind of line a carrier reports. */
public enum LineType {

	MOBILE, LANDLINE, VOIP

}
