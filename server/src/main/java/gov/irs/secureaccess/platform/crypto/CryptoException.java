package gov.irs.secureaccess.platform.crypto;

/** A value could not be sealed or opened. The message never contains the value. */
public class CryptoException extends RuntimeException {

	public CryptoException(String message) {
		super(message);
	}

	public CryptoException(String message, Throwable cause) {
		super(message, cause);
	}

}
