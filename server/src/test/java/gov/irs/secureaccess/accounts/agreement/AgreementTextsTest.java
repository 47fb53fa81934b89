package gov.irs.secureaccess.accounts.agreement;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * SIGN-8: each version of the e-Services User Agreement has its text in English and
 * Spanish, or the service won’t start.
 */
class AgreementTextsTest {

	private static final List<String> PATHS = List.of("/account", "/account/**");

	@Test
	void SIGN_8_whenTheDefaultVersionIsRead_thenItHasHeadingsAndParagraphsInBothLanguages() {
		UserAgreement agreement = new UserAgreement(new AgreementSettings("2026-1", PATHS));

		assertThat(agreement.currentVersion()).isEqualTo("2026-1");
		assertThat(agreement.text(Locale.ENGLISH).get(0))
			.isEqualTo(new UserAgreement.Block(true, "About this agreement"));
		assertThat(agreement.text(Locale.forLanguageTag("es")).get(0))
			.isEqualTo(new UserAgreement.Block(true, "Sobre este acuerdo"));
		assertThat(agreement.text(Locale.ENGLISH)).hasSameSizeAs(agreement.text(Locale.forLanguageTag("es")));
		assertThat(agreement.text(Locale.FRENCH)).isEqualTo(agreement.text(Locale.ENGLISH));
		assertThat(agreement.text(Locale.ENGLISH)).filteredOn((block) -> !block.heading())
			.allSatisfy((block) -> assertThat(block.text()).doesNotContain("\n"));
	}

	@Test
	void SIGN_8_whenTheVersionHasNoText_thenTheServiceRefusesToStart() {
		assertThatIllegalStateException().isThrownBy(() -> new UserAgreement(new AgreementSettings("1999-9", PATHS)))
			.withMessageContaining("1999-9")
			.withMessageContaining("agreements/1999-9/en.txt");
		assertThatIllegalArgumentException().isThrownBy(() -> new AgreementSettings("../secrets", PATHS))
			.withMessageContaining("secure-access.agreement.current-version");
	}

}
