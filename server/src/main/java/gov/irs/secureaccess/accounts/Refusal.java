package gov.irs.secureaccess.accounts;

import java.util.List;
import java.util.Objects;

/**
 * Why a chosen credential was refused: a key of {@code messages.properties} /
 * {@code messages_es.properties} and the arguments of that message, so the page can say
 * it in the user's language (PW-2).
 *
 * @param messageKey e.g. {@code password.tooShort}
 * @param arguments the message's arguments in order ({0}, {1}…), never the password
 * itself
 */
public record Refusal(String messageKey, List<Object> arguments) {

	public Refusal {
		Objects.requireNonNull(messageKey, "messageKey");
		arguments = List.copyOf(arguments);
	}

	public static Refusal of(String messageKey, Object... arguments) {
		return new Refusal(messageKey, List.of(arguments));
	}

	/**
	 * The arguments as an array, ready for
	 * {@code MessageSource.getMessage(key, args, locale)}.
	 */
	public Object[] argumentArray() {
		return this.arguments.toArray();
	}

}
