package gov.irs.secureaccess.taxapps.documents;

/**
 * A file as received: its bytes; the name the browser gave is neither trusted nor kept.
 */
public record Upload(byte[] content) {

	@Override
	public String toString() {
		return "Upload[" + ((this.content != null) ? this.content.length : 0) + " bytes]";
	}

}
