package gov.irs.secureaccess.platform.web;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a request's input was refused at the edge ({@link InputGuard}), before any form saw
 * it. The name is what the page is told ({@code ?refused=<name>}); the message key says
 * it to the person.
 */
public enum RefusedInput {

	/**
	 * A control character (NUL and the like) in a field, a field's name or a file name.
	 */
	CHARACTERS("characters"),

	/**
	 * The body did not arrive whole or cannot be read (a truncated or malformed upload, a
	 * bad encoding).
	 */
	UNREADABLE("unreadable"),

	/** A file name too long to read, or one the server refuses to read. */
	FILE_NAME("fileName"),

	/** More than the service reads in one request. */
	TOO_LARGE("tooLarge");

	/** The query parameter that carries it to the page the person is sent back to. */
	public static final String PARAMETER = "refused";

	private final String value;

	RefusedInput(String value) {
		this.value = value;
	}

	public String value() {
		return this.value;
	}

	public String messageKey() {
		return "input.refused." + this.value;
	}

	/**
	 * The refusal a {@code ?refused=} value names; nothing for anything else (the value
	 * is never shown).
	 */
	public static Optional<RefusedInput> named(String value) {
		return Arrays.stream(values()).filter((refused) -> refused.value.equals(value)).findFirst();
	}

}
