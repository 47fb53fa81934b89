package gov.irs.secureaccess.messaging.letters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Renders a batch of letters as one print-ready PDF: US Letter, Helvetica (a standard 14
 * font every printer has), each letter starting on a new page. Layout for a tri-folded
 * letter in a #10 double-window envelope: the return address at the top left, the
 * recipient's address block 2 1/8" from the top and 1" from the left (inside the 4 1/2" x
 * 1 1/8" window), the heading and body below the first fold (4" from the top), wrapped to
 * 6 1/2". A body too long for one page continues on the next; a footer names the batch,
 * the letter and the page, never the person.
 */
final class LetterPdf {

	/**
	 * One letter: the address block (lines separated by {@code \n}), the heading and the
	 * body.
	 */
	record Letter(String addressBlock, String heading, String body) {
	}

	/** Where a letter landed: its first page (1-based) and how many pages it has. */
	record Placement(int firstPage, int pages) {
	}

	private static final float INCH = 72f;

	private static final PDRectangle PAGE = PDRectangle.LETTER;

	private static final float LEFT = 1f * INCH;

	private static final float TEXT_WIDTH = PAGE.getWidth() - 2 * LEFT;

	private static final float RETURN_TOP = 0.6f * INCH;

	private static final float ADDRESS_TOP = 2.125f * INCH;

	private static final float ADDRESS_WIDTH = 4.25f * INCH;

	private static final int ADDRESS_MAX_LINES = 6;

	private static final float BODY_TOP = 4f * INCH;

	private static final float CONTINUED_TOP = 1f * INCH;

	private static final float BODY_BOTTOM = 1f * INCH;

	private static final float FOOTER_BASELINE = 0.5f * INCH;

	private static final float ADDRESS_SIZE = 11f;

	private static final float HEADING_SIZE = 14f;

	private static final float BODY_SIZE = 11f;

	private static final float SMALL_SIZE = 8f;

	private static final List<String> RETURN_ADDRESS = List.of("Internal Revenue Service", "Secure Access",
			"Do not reply to this address");

	private LetterPdf() {
	}

	/**
	 * Writes the letters to {@code file}, in order, and returns where each one landed.
	 */
	static List<Placement> write(List<Letter> letters, String batchName, Path file) throws IOException {
		PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
		PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
		PrintableText text = new PrintableText(regular);
		PrintableText boldText = new PrintableText(bold);
		List<Placement> placements = new ArrayList<>();
		try (PDDocument document = new PDDocument()) {
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle("Secure Access letters " + batchName);
			info.setProducer("IRS Secure Access");
			for (int i = 0; i < letters.size(); i++) {
				Letter letter = letters.get(i);
				int firstPage = document.getNumberOfPages() + 1;
				String footer = batchName + "  |  letter " + (i + 1) + " of " + letters.size();
				PDPage page = newPage(document);
				int pageOfLetter = 1;
				PDPageContentStream content = new PDPageContentStream(document, page);
				try {
					lines(content, regular, SMALL_SIZE + 1, 11f, RETURN_TOP, RETURN_ADDRESS);
					String[] blockLines = letter.addressBlock().strip().split("\\s*\n\\s*");
					boolean tall = blockLines.length > ADDRESS_MAX_LINES;
					float addressSize = tall ? ADDRESS_SIZE - 2 : ADDRESS_SIZE;
					List<String> address = new ArrayList<>();
					for (String line : blockLines) {
						address.add(fit(text, text.printable(line), addressSize, ADDRESS_WIDTH));
					}
					lines(content, regular, addressSize, tall ? 10f : 13f, ADDRESS_TOP, address);
					float top = BODY_TOP;
					String heading = (letter.heading() != null) ? letter.heading() : "IRS Secure Access";
					List<String> headingLines = boldText.wrap(heading, HEADING_SIZE, TEXT_WIDTH);
					top = lines(content, bold, HEADING_SIZE, 18f, top, headingLines) + 10f;
					float leading = 15f;
					for (String line : text.wrap(letter.body(), BODY_SIZE, TEXT_WIDTH)) {
						if (top + leading > PAGE.getHeight() - BODY_BOTTOM) {
							footer(content, regular, footer + "  |  page " + pageOfLetter);
							content.close();
							page = newPage(document);
							content = new PDPageContentStream(document, page);
							pageOfLetter++;
							top = CONTINUED_TOP;
						}
						top = lines(content, regular, BODY_SIZE, leading, top, List.of(line));
					}
					footer(content, regular, footer + "  |  page " + pageOfLetter);
				}
				finally {
					content.close();
				}
				placements.add(new Placement(firstPage, pageOfLetter));
			}
			document.save(file.toFile());
		}
		return placements;
	}

	private static PDPage newPage(PDDocument document) {
		PDPage page = new PDPage(PAGE);
		document.addPage(page);
		return page;
	}

	/**
	 * Prints lines whose first line's top is {@code top} points below the top edge;
	 * returns the top of the next line.
	 */
	private static float lines(PDPageContentStream content, PDType1Font font, float size, float leading, float top,
			List<String> lines) throws IOException {
		float y = PAGE.getHeight() - top - size;
		for (String line : lines) {
			if (!line.isEmpty()) {
				content.beginText();
				content.setFont(font, size);
				content.newLineAtOffset(LEFT, y);
				content.showText(line);
				content.endText();
			}
			y -= leading;
		}
		return top + leading * lines.size();
	}

	private static void footer(PDPageContentStream content, PDType1Font font, String text) throws IOException {
		content.beginText();
		content.setFont(font, SMALL_SIZE);
		content.newLineAtOffset(LEFT, FOOTER_BASELINE);
		content.showText(text);
		content.endText();
	}

	/**
	 * An address line is never wrapped (that would break the postal format) but cut to
	 * the window; an unusually tall block is printed smaller. Neither stops the batch.
	 */
	private static String fit(PrintableText text, String line, float size, float width) {
		String fitted = line;
		while (fitted.length() > 1 && text.width(fitted, size) > width) {
			fitted = fitted.substring(0, fitted.length() - 1);
		}
		return fitted;
	}

}
