package gov.irs.secureaccess.messaging.letters;

import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** MSG-2: the parts of a letter page, without the database. */
class LetterLayoutTest {

	private final PrintableText helvetica = new PrintableText(new PDType1Font(Standard14Fonts.FontName.HELVETICA));

	@Test
	void MSG_2_whenACharacterIsOutsideWinAnsi_thenItIsTransliteratedOrReplaced() {
		assertThat(this.helvetica.printable("Hernández Friedrichstraße “ok” – €"))
			.isEqualTo("Hernández Friedrichstraße “ok” – €");
		assertThat(this.helvetica.printable("Łódź Đorđe Ştefan")).isEqualTo("Lódz Dorde Stefan");
		assertThat(this.helvetica.printable("Ω 😀 東京")).isEqualTo("? ? ??");
	}

	@Test
	void MSG_2_whenTextIsWrapped_thenNoLineIsWiderThanThePage() {
		String body = "word ".repeat(300) + "\n\n" + "x".repeat(400);
		List<String> lines = this.helvetica.wrap(body, 11f, 468f);
		assertThat(lines).allSatisfy((line) -> assertThat(this.helvetica.width(line, 11f)).isLessThanOrEqualTo(468f));
		assertThat(lines).contains("");
		assertThat(String.join("", lines).replace(" ", "")).isEqualTo("word".repeat(300) + "x".repeat(400));
	}

	@Test
	void MSG_2_whenALetterIsLong_thenItContinuesOnTheNextPageAndThePlacementSaysSo(@TempDir Path dir) throws Exception {
		List<LetterPdf.Placement> placements = LetterPdf.write(
				List.of(new LetterPdf.Letter("A B\n1 MAIN ST\nTOWN NY 10001", "Heading",
						"Paragraph text.\n".repeat(80)),
						new LetterPdf.Letter("C D\n2 MAIN ST\nTOWN NY 10001", null, "Short.")),
				"batch-test", dir.resolve("l.pdf"));

		assertThat(placements.get(0).firstPage()).isEqualTo(1);
		assertThat(placements.get(0).pages()).isGreaterThan(1);
		assertThat(placements.get(1).firstPage()).isEqualTo(1 + placements.get(0).pages());
		assertThat(LetterBatchTest.pdfText(dir.resolve("l.pdf"))).contains("C D", "Short.", "letter 2 of 2");
	}

	@Test
	void MSG_2_whenTheManifestNeedsTheDestination_thenOnlyPostalCodeAndCountryAreRead() {
		assertThat(PostalDestination.of("ANA LOPEZ\n12 ELM ST\nSPRINGFIELD IL 62701-1234"))
			.isEqualTo(new PostalDestination("62701-1234", "US"));
		assertThat(PostalDestination.of("SGT A B\nUNIT 2050 BOX 4190\nAPO AP 96278"))
			.isEqualTo(new PostalDestination("96278", "US"));
		assertThat(PostalDestination.of("JANE DOE\n10 DOWNING ST\nLONDON SW1A 2AA\nUNITED KINGDOM"))
			.isEqualTo(new PostalDestination("SW1A 2AA", "GB"));
		assertThat(PostalDestination.of("JOHN ROE\n1 KING ST W\nTORONTO ON M5H 1A1\nCANADA"))
			.isEqualTo(new PostalDestination("M5H 1A1", "CA"));
		assertThat(PostalDestination.of("SOMEONE\nSOMEWHERE")).isEqualTo(new PostalDestination("", ""));
	}

}
