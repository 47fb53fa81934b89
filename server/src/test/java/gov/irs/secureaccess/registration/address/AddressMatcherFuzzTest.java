package gov.irs.secureaccess.registration.address;

import java.util.Locale;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import gov.irs.secureaccess.sources.taxrecords.Address;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing (Jazzer) of REG-3's address comparison: any typed address against any valid
 * address of record gives a match or a mismatch with its reason, never an exception; the
 * record's own fields typed back match, in any case; comparing twice gives the same
 * answer.
 */
class AddressMatcherFuzzTest {

	private static final String[] COUNTRIES = { "US", "US", "US", "CA", "GB", "DE", "MX", "FR", "JP", "PH" };

	@FuzzTest(maxDuration = "60s")
	void REG_3_whenAnyAddressIsTypedAgainstAnyRecord_thenTheAnswerIsAMatchOrAReasonNeverAFailure(
			FuzzedDataProvider data) {
		Address record = recordOrNull(data);
		EnteredAddress typed = new EnteredAddress(text(data), text(data), text(data), text(data), text(data),
				data.consumeBoolean() ? null : data.consumeRemainingAsString());
		if (record == null) {
			return;
		}
		AddressComparison comparison = AddressMatcher.compare(typed, record);
		assertThat(comparison.matches()).isEqualTo(comparison.reason().isEmpty());
		assertThat(AddressMatcher.compare(typed, record).matches()).as("the same answer twice")
			.isEqualTo(comparison.matches());

		EnteredAddress asOnRecord = new EnteredAddress(record.line1(), record.line2(), record.city(), record.state(),
				record.postalCode(), record.country());
		assertThat(AddressMatcher.compare(asOnRecord, record).matches()).as("the record typed back matches").isTrue();
		EnteredAddress shouted = new EnteredAddress(upper(record.line1()), upper(record.line2()), upper(record.city()),
				upper(record.state()), upper(record.postalCode()), record.country());
		assertThat(AddressMatcher.compare(shouted, record).matches()).as("in capitals too").isTrue();
	}

	private static Address recordOrNull(FuzzedDataProvider data) {
		String country = data.pickValue(COUNTRIES);
		try {
			return new Address(data.consumeString(60), data.consumeBoolean() ? null : data.consumeString(40),
					data.consumeString(40), data.consumeString(20), data.consumeString(12), country);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return null;
		}
	}

	private static String text(FuzzedDataProvider data) {
		return data.consumeBoolean() ? null : data.consumeString(80);
	}

	private static String upper(String text) {
		return (text != null) ? text.toUpperCase(Locale.ROOT) : null;
	}

}
