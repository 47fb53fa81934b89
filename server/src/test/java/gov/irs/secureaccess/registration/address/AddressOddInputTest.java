package gov.irs.secureaccess.registration.address;

import java.util.Optional;
import java.util.Random;

import gov.irs.secureaccess.sources.taxrecords.Address;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * REG-3: odd entries never throw and never match; the comparison stays fast on the
 * longest accepted field.
 */
class AddressOddInputTest {

	private static final Address PINE = new Address("2200 Pine St", "Apt 5C", "Seattle", "WA", "98101-1234", "US");

	@Test
	void REG_3_whenEveryFieldIsNull_thenMismatchWithoutException() {
		AddressComparison result = AddressMatcher.compare(new EnteredAddress(null, null, null, null, null, null), PINE);

		assertThat(result.matches()).isFalse();
	}

	@Test
	void REG_3_whenAFieldIsLongerThanAnyRealAddressField_thenEntryTooLong() {
		String huge = "2200 Pine St ".repeat(800);

		assertThat(AddressMatcher.compare(EnteredAddress.us(huge, "Apt 5C", "Seattle", "WA", "98101"), PINE).reason())
			.contains(AddressMismatch.ENTRY_TOO_LONG);
	}

	@Test
	void REG_3_whenHtmlSqlOrEmojiTyped_thenMismatchWithoutException() {
		String[] odd = { "<script>alert('x')</script>", "'; DROP TABLE accounts; --", "2200 Pine St 🏠🔥",
				"\u0000\u202e", "ＡＰＴ　５Ｃ", "ﷺ", "𝟐𝟐𝟎𝟎 Pine", "%00%0d%0a", "${jndi:ldap://x}", "\\\\..\\..", "#", "-",
				"/" };
		for (String value : odd) {
			EnteredAddress entered = new EnteredAddress(value, value, value, value, value, value);
			assertThat(AddressMatcher.compare(entered, PINE).matches()).as(value).isFalse();
		}
	}

	@Test
	void REG_3_whenFullWidthOrStyledDigitsTyped_thenTheyAreDigits() {
		assertThat(AddressMatcher.compare(EnteredAddress.us("２２００ Pine St", "ＡＰＴ ５Ｃ", "Seattle", "WA", "98101"), PINE)
			.matches()).isTrue();
	}

	@Test
	void whenRandomTextInEveryField_thenNeverThrowsAndNeverMatches() {
		Random random = new Random(20240601);
		for (int i = 0; i < 2000; i++) {
			EnteredAddress entered = new EnteredAddress(text(random), text(random), text(random), text(random),
					text(random), text(random));
			assertThatNoException()
				.isThrownBy(() -> assertThat(AddressMatcher.compare(entered, PINE).matches()).isFalse());
		}
	}

	@Test
	void whenAFieldIsLongerThanTheLimit_thenItIsRefusedBeforeAnyParsing() {
		// The matcher's cost is bounded by refusing over-long fields up front (speed
		// itself is measured in bench/).
		String word = "Pine St 5C Seattle WA 98101 ";
		String atLimit = word.repeat(AddressMatcher.MAX_FIELD_LENGTH / word.length());
		String overLimit = atLimit + word;
		assertThat(AddressMatcher.compare(EnteredAddress.us(atLimit, "", "Seattle", "WA", "98101"), PINE).reason())
			.isNotEqualTo(Optional.of(AddressMismatch.ENTRY_TOO_LONG));
		assertThat(AddressMatcher.compare(EnteredAddress.us(overLimit, "", "Seattle", "WA", "98101"), PINE).reason())
			.contains(AddressMismatch.ENTRY_TOO_LONG);
	}

	private static String text(Random random) {
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(40);
		for (int i = 0; i < length; i++) {
			text.appendCodePoint(switch (random.nextInt(4)) {
				case 0 -> ' ' + random.nextInt(95);
				case 1 -> '0' + random.nextInt(10);
				case 2 -> 0xA0 + random.nextInt(0x2000);
				default -> 0x1F300 + random.nextInt(0x300);
			});
		}
		return text.toString();
	}

}
