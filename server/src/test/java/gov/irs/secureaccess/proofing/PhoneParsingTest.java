package gov.irs.secureaccess.proofing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * REG-5: how a typed phone number is read (libphonenumber), including what
 * {@link PhoneParsingFuzzTest} found: a number is kept only in an E.164 form that reads
 * back as itself.
 */
class PhoneParsingTest {

	@Test
	void REG_5_whenAUsNumberIsTypedInAnyCommonWay_thenItIsReadAsTheSameE164Number() {
		for (String typed : new String[] { "(614) 555-0101", "614.555.0101", "+1 614 555 0101", "1-614-555-0101" }) {
			assertThat(PhoneEligibility.parse(typed)).as(typed)
				.hasValueSatisfying((number) -> assertThat(number.e164()).isEqualTo("+16145550101"));
		}
	}

	// Fuzz finding: "+64 0016142" was read as +64016142 (a leading zero kept), which
	// reads again as +6416142.
	@Test
	void REG_5_whenANationalPrefixIsTypedAfterTheCountryCode_thenTheNumberIsRefusedNotStoredAsAnotherNumber() {
		assertThat(PhoneEligibility.parse("+640016142")).isEmpty();
	}

	@Test
	void REG_5_whenTextIsNotANumber_thenNothingIsRead() {
		assertThat(PhoneEligibility.parse("call me")).isEmpty();
		assertThat(PhoneEligibility.parse("")).isEmpty();
	}

}
