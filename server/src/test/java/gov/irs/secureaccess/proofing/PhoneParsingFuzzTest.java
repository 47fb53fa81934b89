package gov.irs.secureaccess.proofing;

import java.util.Optional;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import gov.irs.secureaccess.sources.phonecarrier.PhoneNumber;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing (Jazzer) of the phone number a person types (REG-5), read with libphonenumber:
 * any text gives a number in E.164 form or nothing, never an exception; the number read
 * reads back as itself, and its masked form shows only its last four digits.
 */
class PhoneParsingFuzzTest {

	@FuzzTest(maxDuration = "30s")
	void REG_5_whenAnyTextIsTypedAsAPhone_thenItIsReadAsE164OrRefusedWithoutFailing(FuzzedDataProvider data) {
		String typed = data.consumeRemainingAsString();
		Optional<PhoneNumber> parsed = PhoneEligibility.parse(typed);
		if (parsed.isEmpty()) {
			return;
		}
		String e164 = parsed.get().e164();
		assertThat(e164).matches("\\+[1-9]\\d{6,14}");
		assertThat(PhoneEligibility.parse(e164)).as("reads back as itself").contains(parsed.get());
		assertThat(PhoneEligibility.masked(e164)).endsWith(e164.substring(e164.length() - 4))
			.doesNotContain(e164.substring(0, e164.length() - 4));
	}

}
