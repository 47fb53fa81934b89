package gov.irs.secureaccess.registration.address;

/**
 * Why an entered address did not match the record: a funnel reason code for internal
 * diagnostics and logs (it holds no personal data). It is never shown to the user: REG-2
 * forbids telling an impostor which field was wrong.
 */
public enum AddressMismatch {

	COUNTRY_DIFFERS, POSTAL_CODE_DIFFERS, STATE_DIFFERS, CITY_DIFFERS, STREET_NUMBER_DIFFERS, STREET_NAME_DIFFERS,
	UNIT_DIFFERS,

	/**
	 * A field longer than any real address field (see
	 * {@link AddressMatcher#MAX_FIELD_LENGTH}).
	 */
	ENTRY_TOO_LONG

}
