package gov.irs.secureaccess.platform.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one definition of a control character that the edge (forms, OAuth parameters),
 * passwords, passkey names, letters and the legacy import share (issue 14 item 4):
 * exactly Unicode's category Cc, so {@code Character.isISOControl} and
 * {@code Character.CONTROL}, which the copies it replaces used, agree with it on every
 * code point.
 */
class ControlCharactersTest {

	@Test
	void SIGN_1_whenAnyCodePointIsChecked_thenItIsAControlExactlyWhenUnicodeSaysCc() {
		for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
			boolean cc = Character.getType(c) == Character.CONTROL;
			assertThat(ControlCharacters.isControl(c)).as("U+%04X", c)
				.isEqualTo(cc)
				.isEqualTo(Character.isISOControl(c));
		}
	}

	@Test
	void SIGN_1_whenATextHoldsNulDelC1OrATab_thenFormsRefuseAllButTabAndLineBreaks_andEverythingElseRefusesThemAll() {
		for (String control : new String[] { "\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u009f" }) {
			assertThat(ControlCharacters.any("olivia" + control)).as(control).isTrue();
			assertThat(ControlCharacters.anyButTabsAndLineBreaks("olivia" + control)).as(control).isTrue();
		}
		for (String allowedInForms : new String[] { "\t", "\n", "\r", "\r\n" }) {
			assertThat(ControlCharacters.any("line" + allowedInForms + "line")).isTrue();
			assertThat(ControlCharacters.anyButTabsAndLineBreaks("line" + allowedInForms + "line")).isFalse();
		}
		for (String text : new String[] { "", "Olivia Bennett", "Straße 5 · ½", "\u00a0\u2028\u200b", "😀" }) {
			assertThat(ControlCharacters.any(text)).as(text).isFalse();
			assertThat(ControlCharacters.anyButTabsAndLineBreaks(text)).as(text).isFalse();
		}
		assertThat(ControlCharacters.any(null)).isFalse();
		assertThat(ControlCharacters.anyButTabsAndLineBreaks(null)).isFalse();
	}

}
