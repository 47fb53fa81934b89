package gov.irs.secureaccess.taxapps.documents;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Small files of each kind for the document drop's tests. */
public final class DocumentFiles {

	private DocumentFiles() {
	}

	public static byte[] pdf() {
		return "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
			.getBytes(StandardCharsets.US_ASCII);
	}

	public static byte[] png() {
		return new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };
	}

	public static byte[] jpeg() {
		return new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0 };
	}

	/** A text file, whatever name it is given. */
	public static byte[] text() {
		return "Name: Olivia Bennett\nSSN 666-01-0001\n".getBytes(StandardCharsets.US_ASCII);
	}

	/** A PDF of exactly {@code size} bytes. */
	public static byte[] pdfOfSize(int size) {
		byte[] content = Arrays.copyOf(pdf(), size);
		Arrays.fill(content, pdf().length, size, (byte) ' ');
		return content;
	}

}
