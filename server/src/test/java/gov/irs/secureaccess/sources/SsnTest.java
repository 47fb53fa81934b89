package gov.irs.secureaccess.sources;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SsnTest {

	@Test
	void whenNeverIssuedArea_thenAccepted() {
		assertThat(Ssn.parse("666-12-3456").formatted()).isEqualTo("666-12-3456");
		assertThat(Ssn.parse("900123456").formatted()).isEqualTo("900-12-3456");
		assertThat(Ssn.parse("999-99-9999").area()).isEqualTo(999);
		assertThat(Ssn.parse("666123456")).isEqualTo(Ssn.parse("666-12-3456"));
	}

	// DATA-3: a refusal never quotes the SSN.
	@Test
	void whenIssuableArea_thenRefusedWithoutQuotingTheValue() {
		assertThatIllegalArgumentException().isThrownBy(() -> Ssn.parse("123-45-6789"))
			.withMessage("ssn is not in a never-issued range (area 666 or 900-999)")
			.withMessageNotContaining("6789");
		assertThatIllegalArgumentException().isThrownBy(() -> Ssn.parse("899-45-6789"));
	}

	@Test
	void whenGroupOrSerialIsZero_thenRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Ssn.parse("666-00-1234"));
		assertThatIllegalArgumentException().isThrownBy(() -> Ssn.parse("666-12-0000"));
	}

	@Test
	void whenIllFormed_thenRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Ssn.parse("666-1-23456"));
		assertThatIllegalArgumentException().isThrownBy(() -> Ssn.parse("66612345"));
		assertThatIllegalArgumentException().isThrownBy(() -> Ssn.parse("666-12-345a"));
	}

	// DATA-3: toString never shows the digits, so a logged object leaks nothing.
	@Test
	void whenPrinted_thenDigitsAreHidden() {
		assertThat(Ssn.parse("666-12-3456").toString()).doesNotContain("666").doesNotContain("3456");
	}

}
