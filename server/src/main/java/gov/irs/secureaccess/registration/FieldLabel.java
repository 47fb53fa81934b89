package gov.irs.secureaccess.registration;

import org.springframework.context.MessageSourceResolvable;

/**
 * A message argument that is a form field: the page shows the field's label in the
 * person's language (the message source resolves it) and marks the field itself.
 *
 * @param field the form field's name
 * @param labelKey the message key of its label
 */
public record FieldLabel(String field, String labelKey) implements MessageSourceResolvable {

	@Override
	public String[] getCodes() {
		return new String[] { this.labelKey };
	}

	@Override
	public String getDefaultMessage() {
		return this.field;
	}

}
