package gov.irs.secureaccess.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Reads a QR code back, as a phone's camera would, for tests of what the service draws.
 * The image is a clean, computer-drawn code, so the reader is told so (pure barcode) and
 * to try hard: some random secrets otherwise make the finder-pattern search miss.
 */
public final class QrDecoder {

	private static final Map<DecodeHintType, Object> HINTS = Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE,
			DecodeHintType.TRY_HARDER, Boolean.TRUE);

	private QrDecoder() {
	}

	public static String decode(byte[] png) {
		try {
			return decode(ImageIO.read(new ByteArrayInputStream(png)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String decode(BufferedImage image) {
		try {
			return new QRCodeReader()
				.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))), HINTS)
				.getText();
		}
		catch (ReaderException ex) {
			throw new AssertionError("The image holds no readable QR code", ex);
		}
	}

}
