package gov.irs.secureaccess.taxapps.documents;

import java.util.Optional;

/**
 * The file types the document drop takes, known by their first bytes (magic numbers),
 * never by the name or the declared content type: PDF ({@code %PDF-}), JPEG
 * ({@code FF D8 FF}), PNG ({@code 89 50 4E 47 0D 0A 1A 0A}).
 */
public enum FileType {

	PDF(new int[] { '%', 'P', 'D', 'F', '-' }, "application/pdf"), JPEG(new int[] { 0xFF, 0xD8, 0xFF }, "image/jpeg"),
	PNG(new int[] { 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }, "image/png");

	private final int[] magic;

	private final String mediaType;

	FileType(int[] magic, String mediaType) {
		this.magic = magic;
		this.mediaType = mediaType;
	}

	public String mediaType() {
		return this.mediaType;
	}

	/**
	 * The type the content's first bytes say, or empty when they are none of the three.
	 */
	public static Optional<FileType> sniff(byte[] content) {
		for (FileType type : values()) {
			if (type.matches(content)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	private boolean matches(byte[] content) {
		if (content == null || content.length < this.magic.length) {
			return false;
		}
		for (int i = 0; i < this.magic.length; i++) {
			if ((content[i] & 0xFF) != this.magic[i]) {
				return false;
			}
		}
		return true;
	}

}
